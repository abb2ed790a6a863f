import { DatePicker, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type PortalSurvey, type Survey, type SurveyForm } from '../api.js';
import { afterCbToday, cbTodayDayjs } from '../cb-time.js';
import { useSave, useSession, useShowError } from '../session.js';
import { ScoreRating } from './ScoreRating.js';

const stages = ['contract', 'audit', 'service'] as const;

/** The satisfaction form: the client answers it in its portal, staff enter a paper form that came back. */
export function SurveyAnswerModal({
  survey,
  paper,
  onClose,
  onDone,
}: {
  survey: Survey | PortalSurvey;
  paper: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const [form] = Form.useForm();
  const [spec, setSpec] = useState<SurveyForm | null>(null);
  const { saving, save } = useSave(onDone);
  useEffect(() => {
    api('GET', '/api/surveys/questions').then(setSpec, showError);
  }, [showError]);
  const answers = paper ? '/api/surveys/{id}/answers' : '/api/portal/surveys/{id}/answers';
  return (
    <Modal
      open
      width={720}
      title={`${t(paper ? 'surveys.enterPaper' : 'surveys.answer')} · ${survey.clientName}`}
      onCancel={onClose}
      okText={t('common.save')}
      confirmLoading={saving}
      onOk={() =>
        form.validateFields().then(
          (v) =>
            save(() =>
              api('POST', answers, {
                path: { id: survey.id },
                body: {
                  version: survey.version,
                  answers: v.answers,
                  comment: v.comment,
                  respondent: v.respondent,
                  answeredOn: paper && v.answeredOn ? v.answeredOn.format('YYYY-MM-DD') : null,
                },
              }),
            ),
          // a question left unanswered is marked on the form: nothing more to report
          () => undefined,
        )
      }
    >
      {spec && (
        <Form form={form} layout="vertical" initialValues={{ answeredOn: cbTodayDayjs() }}>
          <Typography.Paragraph type="secondary">
            {t('surveys.weightsNote', { max: spec.maxScore })} (
            {stages.map((s) => `${t(`surveys.stages.${s}`)} ${spec.weights[s]}%`).join(' / ')})
          </Typography.Paragraph>
          {stages.map((stage) => (
            <Descriptions
              key={stage}
              size="small"
              bordered
              column={1}
              title={`${t(`surveys.stages.${stage}`)} · ${spec.weights[stage]}%`}
              style={{ marginBottom: 12 }}
            >
              {spec.questions
                .filter((q) => q.stage === stage)
                .map((q) => {
                  const question = `${q.code} ${lang === 'en' ? q.en : q.zh}`;
                  return (
                    <Descriptions.Item key={q.code} label={question}>
                      <Form.Item
                        name={['answers', q.code]}
                        rules={[{ required: true, message: t('surveys.rating.required') }]}
                        style={{ marginBottom: 0 }}
                      >
                        <ScoreRating
                          max={spec.maxScore}
                          dissatisfiedBelow={spec.dissatisfiedBelow}
                          label={question}
                          testId={`q-${q.code}`}
                        />
                      </Form.Item>
                    </Descriptions.Item>
                  );
                })}
            </Descriptions>
          ))}
          <Form.Item name="comment" label={t('surveys.comment')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="respondent" label={t('surveys.respondent')}>
            <Input maxLength={100} />
          </Form.Item>
          {paper && (
            <Form.Item name="answeredOn" label={t('surveys.answeredOn')}>
              <DatePicker disabledDate={afterCbToday} />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
