import { describe, expect, it } from 'vitest';
import { gradeChange, industryOf, overallGrade, systemGrade, worstGrade } from './classification.rules.js';

describe('client classification rules (SPEC §6)', () => {
  it('a multi-system client takes its lowest single-system grade', () => {
    expect(overallGrade(['A+', 'B-', 'A'], [])).toBe('B-');
    expect(overallGrade(['C-'], [])).toBe('C-');
    expect(worstGrade(['A', 'A-'])).toBe('A-');
  });

  it('a system grade is the mean of its items, a tie going to the worse grade', () => {
    expect(systemGrade(['A', 'A', 'A'])).toBe('A');
    // A (1) and A- (2): mean 1.5 → A-
    expect(systemGrade(['A', 'A-'])).toBe('A-');
    // A+ (0), A+ (0), B (4): mean 1.33 → A- (2), never better than the items on the whole
    expect(systemGrade(['A+', 'A+', 'B'])).toBe('A-');
    expect(systemGrade(['A+', 'A+', 'A+', 'A'])).toBe('A');
  });

  it('a bad record or a certificate-only attitude caps the grade at C, never lifts it', () => {
    expect(overallGrade(['A+'], ['bad_record'])).toBe('C');
    expect(overallGrade(['B+'], ['certificate_only'])).toBe('C');
    expect(overallGrade(['C-'], ['bad_record'])).toBe('C-');
    expect(overallGrade(['C+'], ['bad_record'])).toBe('C');
  });

  it('a leading enterprise is lifted to A, keeps a better grade, and loses to a C override', () => {
    expect(overallGrade(['B-'], ['leading'])).toBe('A');
    expect(overallGrade(['A+'], ['leading'])).toBe('A+');
    expect(overallGrade(['A-', 'A'], ['leading'])).toBe('A');
    expect(overallGrade(['A+'], ['leading', 'bad_record'])).toBe('C');
    expect(overallGrade(['B'], ['certificate_only', 'leading'])).toBe('C');
  });

  it('compares a year with the one before', () => {
    expect(gradeChange(null, 'B')).toBe('new');
    expect(gradeChange('B', 'B+')).toBe('up');
    expect(gradeChange('B', 'B-')).toBe('down');
    expect(gradeChange('C', 'C')).toBe('same');
  });

  it('groups by the first level of the first 专业代码', () => {
    expect(industryOf(['19.05.01', '29.12'])).toBe('19');
    expect(industryOf([])).toBeNull();
  });
});
