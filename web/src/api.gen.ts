/**
 * The API's types, generated from its OpenAPI document by `npm run api:types`: do not edit.
 * A server change that the web client does not follow fails the type-check.
 */
export interface paths {
  '/api/accreditations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fields the CB is accredited for, with the accreditation body and number; a field not listed is unaccredited */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Accreditation'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accreditations/{field}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a field’s accreditation body or number (at the version read; 409 when changed meanwhile) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description the certification field (认证领域) */
          field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 认可证书号 printed with the mark, e.g. CNAS C099-M */
            accreditationNo: string;
            /** @description e.g. CNAS */
            bodyAcronym: string;
            /** @description the accreditation body as IAF CertSearch names it */
            bodyNameEn: string;
            /** @description 认可机构中文名称, e.g. 中国合格评定国家认可委员会 */
            bodyNameZh: string;
            /** @description 认可标志分类代码 of the CNCA report, two digits (01 = CNAS) */
            symbolCode: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Accreditation'];
          };
        };
      };
    };
    /** The field becomes accredited: its certificates print the accreditation mark and number from now on */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description the certification field (认证领域) */
          field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 认可证书号 printed with the mark, e.g. CNAS C099-M */
            accreditationNo: string;
            /** @description e.g. CNAS */
            bodyAcronym: string;
            /** @description the accreditation body as IAF CertSearch names it */
            bodyNameEn: string;
            /** @description 认可机构中文名称, e.g. 中国合格评定国家认可委员会 */
            bodyNameZh: string;
            /** @description 认可标志分类代码 of the CNCA report, two digits (01 = CNAS) */
            symbolCode: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Accreditation'];
          };
        };
      };
    };
    /** The field is no longer accredited (at the version read) */
    delete: {
      parameters: {
        query: {
          version: number;
        };
        header?: never;
        path: {
          /** @description the certification field (认证领域) */
          field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accreditations/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every certification field and its accreditation as Excel (.xlsx) */
    get: {
      parameters: {
        query?: {
          lang?: 'zh' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first: filter by person, local dates, kind of record, action, record and text */
    get: {
      parameters: {
        query?: {
          action?: string;
          actorId?: string;
          /** @description security: sign-ins, sign-outs, refusals and account changes */
          category?: 'changes' | 'security';
          entity?: string;
          /** @description first local day (CB_TIME_ZONE), inclusive */
          from?: string;
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          page?: number;
          pageSize?: number;
          /** @description text in a value, a person, an address, a record’s name or number */
          q?: string;
          /** @description a record id, or a number: contract, certificate, complaint, change, application; a user name */
          record?: string;
          /** @description last local day (CB_TIME_ZONE), inclusive */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['AuditLogEntry'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-log/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered audit log as Excel (.xlsx), a row per field changed */
    get: {
      parameters: {
        query?: {
          action?: string;
          actorId?: string;
          /** @description security: sign-ins, sign-outs, refusals and account changes */
          category?: 'changes' | 'security';
          entity?: string;
          /** @description first local day (CB_TIME_ZONE), inclusive */
          from?: string;
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          page?: number;
          pageSize?: number;
          /** @description text in a value, a person, an address, a record’s name or number */
          q?: string;
          /** @description a record id, or a number: contract, certificate, complaint, change, application; a user name */
          record?: string;
          /** @description last local day (CB_TIME_ZONE), inclusive */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-log/record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One record’s whole history, newest first */
    get: {
      parameters: {
        query: {
          entity: string;
          entityId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditLogEntry'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-log/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The kinds of record and their actions, and the accounts, for the filters */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actors: {
                /** Format: uuid */
                id: string;
                name: string;
                username: string;
              }[];
              entities: {
                actions: {
                  action: string;
                  label: {
                    en: string;
                    zh: string;
                  };
                }[];
                entity: string;
                label: {
                  en: string;
                  zh: string;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auditor-registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          field?: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
          userId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditorRegistration'][];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
            /**
             * @description 是否专职人员
             * @default null
             */
            fullTime?: boolean | null;
            /** @default null */
            identityNo?: string | null;
            /**
             * @description 从业人员证件类型代码
             * @default null
             * @enum {string|null}
             */
            identityType?: '98' | '99' | '01' | '02' | '03' | '04' | '05' | '06' | null;
            /** @enum {string} */
            kind: 'auditor' | 'technical_expert';
            registrationNo: string;
            /** @default false */
            teamLeader?: boolean;
            /** @default [] */
            technicalAreas?: string[];
            /** Format: uuid */
            userId: string;
            /** @description YYYY-MM-DD */
            validFrom: string;
            /** @description YYYY-MM-DD */
            validUntil: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditorRegistration'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auditor-registrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
            /**
             * @description 是否专职人员
             * @default null
             */
            fullTime?: boolean | null;
            /** @default null */
            identityNo?: string | null;
            /**
             * @description 从业人员证件类型代码
             * @default null
             * @enum {string|null}
             */
            identityType?: '98' | '99' | '01' | '02' | '03' | '04' | '05' | '06' | null;
            /** @enum {string} */
            kind: 'auditor' | 'technical_expert';
            registrationNo: string;
            /** @default false */
            teamLeader?: boolean;
            /** @default [] */
            technicalAreas?: string[];
            /** @description YYYY-MM-DD */
            validFrom: string;
            /** @description YYYY-MM-DD */
            validUntil: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditorRegistration'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auditor-registrations/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered registrations as Excel (.xlsx) */
    get: {
      parameters: {
        query?: {
          field?: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
          lang?: 'zh' | 'en';
          userId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auditors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Auditor accounts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Audit'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a planned audit, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Audit'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The audit plan: activities with date, time, site and person */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            activities: {
              activity: string;
              /** @description YYYY-MM-DD */
              date: string;
              from: string;
              site: string;
              to: string;
              /** Format: uuid */
              userId: string;
            }[];
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Audit'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the actual dates and the result of an audit */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            actualEnd: string;
            /** @description YYYY-MM-DD */
            actualStart: string;
            /** @enum {string} */
            result: 'pass' | 'pass_after_correction' | 'fail';
            resultNote?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Audit'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a planned audit, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            plannedEnd: string;
            /** @description YYYY-MM-DD */
            plannedStart: string;
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Audit'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/star-assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit’s scored indicator sheet (null until the team scores it) and the indicators */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assessment: components['schemas']['StarAssessment'] | null;
              indicators: {
                code: string;
                groupCode: string;
                groupNameEn: string;
                groupNameZh: string;
                nameEn: string;
                nameZh: string;
                points: number;
                requiredFrom: number | null;
                sort: number;
                version: number;
              }[];
            };
          };
        };
      };
    };
    /** Score the sheet (team members): findings, deductions, special items, nonconformities */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              achieved: number;
              /** @default true */
              applicable?: boolean;
              code: string;
              evidence?: string | null;
              /** @description what was found, the reason for a deduction */
              finding?: string | null;
            }[];
            /** @default [] */
            nonconformities?: {
              correctiveAction?: string | null;
              description: string;
              rootCause?: string | null;
            }[];
            /** @default 0 */
            specialBonus?: number;
            /** @default 0 */
            specialDeductions?: number;
            specialNotes?: string | null;
            /** @description 0 for the first save */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StarAssessment'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/star-assessment/conclude': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The team leader’s conclusion: recommend, recommend a lower level, or not recommend */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            conclusion: 'recommend' | 'recommend_lower' | 'not_recommend';
            note: string;
            /** @description for recommend_lower */
            recommendedLevel?: number | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StarAssessment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/star-assessment/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The certification decision by a decision-maker not on the team: grants the certificate with its star level */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateNo?: string | null;
            grant: boolean;
            note: string;
            /**
             * @description for a certified programme: what follows the surveillance (see afterSurveillance)
             * @enum {string|null}
             */
            outcome?: 'keep' | 'raise' | 'keep_after_correction' | 'lower' | 'suspend' | 'revoke' | null;
            scope: string;
            /** @description for outcome "suspend" */
            suspendUntil?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StarAssessment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/star-assessment/nonconformities/{index}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a nonconformity’s correction, in writing or on site */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          index: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            method: 'written' | 'on_site';
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StarAssessment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/star-assessment/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Score a sheet as filled in so far, with the level it earns and why each other level is not (nothing is saved) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              achieved: number;
              /** @default true */
              applicable?: boolean;
              code: string;
              evidence?: string | null;
              /** @description what was found, the reason for a deduction */
              finding?: string | null;
            }[];
            /** @default 0 */
            specialBonus?: number;
            /** @default 0 */
            specialDeductions?: number;
            specialNotes?: string | null;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StarSheetScore'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/survey': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue the form for an audit's opening meeting (recording the audit issues it too) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRecord'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign the audit team; refused when a registration does not allow it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            members: {
              /** @enum {string} */
              role: 'team_leader' | 'auditor' | 'technical_expert';
              /** Format: uuid */
              userId: string;
            }[];
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Audit'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/team-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Auditors registered for the audit’s field and dates, with the client’s previous audits each was on */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TeamCandidate'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audits/{id}/team-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What keeps a team being built from being the audit’s team, by the rules saving it checks (nothing is saved) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            members: {
              /** @enum {string} */
              role: 'team_leader' | 'auditor' | 'technical_expert';
              /** Format: uuid */
              userId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description empty: the team may be saved */
              problems: {
                code: string;
                message: components['schemas']['Message'];
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              branchId: string | null;
              /** Format: uuid */
              clientId: string | null;
              displayName: string;
              hiddenFields: {
                [key: string]: string[];
              };
              /** Format: uuid */
              id: string;
              /** @description a one-time password: the UI asks for a new one before anything else */
              mustChangePassword: boolean;
              /** @description the policy’s minimum length (auth.passwordMinLength), for the password form’s hint */
              passwordMinLength: number;
              permissions: string[];
              /** @enum {string} */
              role:
                | 'admin'
                | 'general_admin'
                | 'customer_service'
                | 'audit_management'
                | 'quality_technical'
                | 'decision_maker'
                | 'auditor'
                | 'client';
              username: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: the session ends and its cookie is cleared */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              branchId: string | null;
              /** Format: uuid */
              clientId: string | null;
              displayName: string;
              hiddenFields: {
                [key: string]: string[];
              };
              /** Format: uuid */
              id: string;
              /** @description a one-time password: the UI asks for a new one before anything else */
              mustChangePassword: boolean;
              /** @description the policy’s minimum length (auth.passwordMinLength), for the password form’s hint */
              passwordMinLength: number;
              permissions: string[];
              /** @enum {string} */
              role:
                | 'admin'
                | 'general_admin'
                | 'customer_service'
                | 'audit_management'
                | 'quality_technical'
                | 'decision_maker'
                | 'auditor'
                | 'client';
              username: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change one’s own password; one’s other sessions end */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/backups/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The newest backup (time, size), whether it is too old, and a failing daily backup */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              daily: boolean;
              dir: string;
              failure: {
                at: string;
                attempts: number;
                error: string;
                gaveUp: boolean;
              } | null;
              keep: number;
              last: {
                bytes: number;
                fileName: string;
                rows: number;
                tables: number;
                takenAt: string;
                /** @enum {string} */
                trigger: 'daily' | 'manual';
              } | null;
              /** @description no backup, or the newest older than staleAfterDays */
              stale: boolean;
              staleAfterDays: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/branches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Branch'][];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            nameEn: string;
            nameZh: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Branch'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/branches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename; the code stays */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            nameEn?: string;
            nameZh?: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Branch'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/branches/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Branch'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/branches/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Branch'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificate-marks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The marks certificates print with */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateMark'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificate-marks/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One mark’s image */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description certification: 认证标志; accreditation: 认可标志 */
          kind: 'certification' | 'accreditation';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description PNG or JPEG */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'image/png': string;
          };
        };
      };
    };
    put?: never;
    /** Upload the mark certificates print from now on (PNG or JPEG; multipart field "file") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description certification: 认证标志; accreditation: 认可标志 */
          kind: 'certification' | 'accreditation';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description the file (one per request)
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              fileName: string;
              /** Format: uuid */
              id: string;
              size: number;
            };
          };
        };
      };
    };
    /** Certificates print without this mark from now on */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description certification: 认证标志; accreditation: 认可标志 */
          kind: 'certification' | 'accreditation';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The certificate register (证书台账): every certificate of the clients the caller's scope allows, filtered, searched and sorted */
    get: {
      parameters: {
        query?: {
          branchId?: string;
          /** @description YYYY-MM-DD */
          decisionFrom?: string;
          /** @description YYYY-MM-DD */
          decisionTo?: string;
          /** @description YYYY-MM-DD */
          expiresFrom?: string;
          /** @description YYYY-MM-DD */
          expiresTo?: string;
          field?: string;
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          order?: 'asc' | 'desc';
          page?: number;
          pageSize?: number;
          /** @description a certificate number or part of one, in any case, full-width or with other separators (cd23 sc1002, ＣＤ２３－ＳＣ１００２); or an organisation: its name, former name, pinyin or initials */
          q?: string;
          scheme?: string;
          sort?: 'certificateNo' | 'organisationName' | 'status' | 'decisionOn' | 'issueOn' | 'expiresOn';
          /** @description the standard holds this text (GB/T 19001) */
          standard?: string;
          /** @description after-sales star levels, comma-separated */
          starLevel?: string;
          /** @description comma-separated */
          status?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['CertificateListRow'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/confidential': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keep the certificate out of IAF CertSearch, or let it back in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            confidential: boolean;
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/give-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The organisation gives the certificate up: revoked when grounds are open, withdrawn otherwise */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description further grounds staff know to be open; those the records hold (GET …/give-up-grounds) count anyway
             * @default []
             */
            openGrounds?: (
              | 'SURVEILLANCE_NOT_ACCEPTED'
              | 'CAPABILITY_BELOW_REQUIREMENTS'
              | 'MISUSE_OF_CERTIFICATE_OR_MARK'
              | 'SERIOUS_COMPLAINT'
              | 'FEES_UNPAID'
              | 'MAJOR_INCIDENT'
              | 'OTHER'
              | 'SUSPENSION_NOT_RESTORED'
              | 'CORRECTIVE_ACTION_NOT_ACHIEVED'
              | 'SERIOUS_QUALITY_ACCIDENT'
              | 'OBTAINED_BY_FRAUD'
              | 'CERTIFICATE_TRANSFERRED'
              | 'FEES_REFUSED'
              | 'GIVE_UP_WITH_GROUNDS'
            )[];
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['GiveUpOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/give-up-grounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Grounds for suspension or revocation the CB's records hold open: a give-up counts them whatever is ticked */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              ground:
                | 'SURVEILLANCE_NOT_ACCEPTED'
                | 'CAPABILITY_BELOW_REQUIREMENTS'
                | 'MISUSE_OF_CERTIFICATE_OR_MARK'
                | 'SERIOUS_COMPLAINT'
                | 'FEES_UNPAID'
                | 'MAJOR_INCIDENT'
                | 'OTHER'
                | 'SUSPENSION_NOT_RESTORED'
                | 'CORRECTIVE_ACTION_NOT_ACHIEVED'
                | 'SERIOUS_QUALITY_ACCIDENT'
                | 'OBTAINED_BY_FRAUD'
                | 'CERTIFICATE_TRANSFERRED'
                | 'FEES_REFUSED'
                | 'GIVE_UP_WITH_GROUNDS';
              since: string;
              /** @enum {string} */
              source: 'suspension_proposal' | 'overdue_surveillance' | 'incident';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/maintain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保持认证资格: the decision-maker approves a held surveillance’s conclusion and keeps the certificate (management systems; after-sales by its assessment) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description the held surveillance (or extra surveillance) whose conclusion keeps the certificate
             */
            auditId: string;
            /** @description default today; not before the audit ended nor after today */
            decidedOn?: string | null;
            /** @default 监督审核结论符合要求，保持认证资格 / surveillance conclusion approved, certification maintained */
            reason?: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The certificate as PDF */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/reissue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reissue after an administrative change (address, sites); name, scope and star level have doors of their own */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string;
            /** @description not after today */
            changedOn: string;
            /** @description read-only: a new name is a contract change that renames the client too */
            readonly organisationName?: unknown;
            reason: string;
            /** @description read-only: a scope extension or reduction is a contract change decided by a decision-maker */
            readonly scope?: unknown;
            /** @description read-only: see scope */
            readonly scopeChange?: unknown;
            /** @description sites' names and addresses; a site's scope changes by a contract change */
            sites?: {
              address: string;
              name: string;
              scope?: string;
            }[];
            /** @description read-only: a star level comes from a concluded GB/T 27922 assessment */
            readonly starLevel?: unknown;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/report-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What the CNCA report asks of the certificate: covered employees, risk level, base audit time (IAF MD 5 unless another is given with its reason), service area code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description null: IAF MD 5's figure (none where the field has no table); another needs baseAuditDaysReason
             * @default null
             */
            baseAuditDays?: number | null;
            /** @default null */
            baseAuditDaysReason?: string | null;
            coveredEmployees: number;
            /**
             * @description EMS and OHSMS need it for the table
             * @enum {string|null}
             */
            riskLevel: '01' | '02' | '03' | null;
            /**
             * @description 服务认证所属领域代码, up to 3 characters: after-sales certificates only
             * @default null
             */
            serviceAreaCode?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore within the suspension period once the cause is removed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description how the cause was shown removed (verified corrective action) */
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke, with the grounds */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            ground:
              | 'SUSPENSION_NOT_RESTORED'
              | 'CORRECTIVE_ACTION_NOT_ACHIEVED'
              | 'SERIOUS_QUALITY_ACCIDENT'
              | 'OBTAINED_BY_FRAUD'
              | 'CERTIFICATE_TRANSFERRED'
              | 'FEES_REFUSED'
              | 'GIVE_UP_WITH_GROUNDS'
              | 'OTHER';
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend the whole certificate or part of its scope for a period */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            from: string;
            /** @enum {string} */
            ground:
              | 'SURVEILLANCE_NOT_ACCEPTED'
              | 'CAPABILITY_BELOW_REQUIREMENTS'
              | 'MISUSE_OF_CERTIFICATE_OR_MARK'
              | 'SERIOUS_COMPLAINT'
              | 'FEES_UNPAID'
              | 'MAJOR_INCIDENT'
              | 'OTHER';
            /** @description the part of the scope suspended; empty for the whole certificate */
            partScope?: string | null;
            reason: string;
            /** @description YYYY-MM-DD */
            until: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw (注销) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            ground: 'CLIENT_GAVE_UP' | 'CRITERIA_NOT_MET' | 'OTHER';
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/certificates/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The certificate register as filtered, to Excel (.xlsx) */
    get: {
      parameters: {
        query?: {
          branchId?: string;
          /** @description YYYY-MM-DD */
          decisionFrom?: string;
          /** @description YYYY-MM-DD */
          decisionTo?: string;
          /** @description YYYY-MM-DD */
          expiresFrom?: string;
          /** @description YYYY-MM-DD */
          expiresTo?: string;
          field?: string;
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          order?: 'asc' | 'desc';
          page?: number;
          pageSize?: number;
          /** @description a certificate number or part of one, in any case, full-width or with other separators (cd23 sc1002, ＣＤ２３－ＳＣ１００２); or an organisation: its name, former name, pinyin or initials */
          q?: string;
          scheme?: string;
          sort?: 'certificateNo' | 'organisationName' | 'status' | 'decisionOn' | 'issueOn' | 'expiresOn';
          /** @description the standard holds this text (GB/T 19001) */
          standard?: string;
          /** @description after-sales star levels, comma-separated */
          starLevel?: string;
          /** @description comma-separated */
          status?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classification/campaign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The annual evaluation: how many clients are graded this year, and a page of them */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          page?: number;
          pageSize?: number;
          /** @description only the clients not yet graded this year */
          ungraded?: string;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationCampaign'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classification/campaign/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The annual evaluation list as Excel (.xlsx) */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classification/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The evaluation items of QMS, EMS and OHSMS */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationItem'][];
          };
        };
      };
    };
    put?: never;
    /** The CB adds an evaluation item */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            nameEn: string;
            nameZh: string;
            /** @enum {string} */
            system: 'QMS' | 'EMS' | 'OHSMS';
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationItem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classification/items/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Take an item out of the evaluation form, or back in */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            active: boolean;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationItem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/classification/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度客户分析报告: grades by branch, industry and system, changes from last year */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationReport'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classification/report/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The analysis report as Excel or PDF */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path: {
          format: 'xlsx' | 'pdf';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook or PDF, as the path asks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classification/report/issued': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the year's analysis report issued (takes it off the due-list) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            year: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationReportIssue'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List and search clients */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          actualSurveillanceOnFrom?: string;
          /** @description YYYY-MM-DD */
          actualSurveillanceOnTo?: string;
          address?: string;
          /** @description YYYY-MM-DD */
          applicationAcceptedOnFrom?: string;
          /** @description YYYY-MM-DD */
          applicationAcceptedOnTo?: string;
          branchId?: string;
          certificateNos?: string;
          confidential?: string;
          contactPerson?: string;
          contractNo?: string;
          email?: string;
          employeeCountFrom?: number;
          employeeCountTo?: number;
          formerNames?: string;
          grade?: string;
          industryCodes?: string;
          initialAuditFeeFrom?: number;
          initialAuditFeeTo?: number;
          /** @description YYYY-MM-DD */
          initialAuditOnFrom?: string;
          /** @description YYYY-MM-DD */
          initialAuditOnTo?: string;
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          legalRepresentative?: string;
          name?: string;
          order?: 'asc' | 'desc';
          organisationType?: string;
          page?: number;
          pageSize?: number;
          phone?: string;
          /** @description YYYY-MM-DD */
          plannedSurveillanceOnFrom?: string;
          /** @description YYYY-MM-DD */
          plannedSurveillanceOnTo?: string;
          postcode?: string;
          province?: string;
          /** @description name, former name, pinyin, pinyin initials, credit code, contract or certificate no. */
          q?: string;
          registeredCapitalCurrency?: string;
          registeredCapitalFrom?: number;
          registeredCapitalTo?: number;
          scope?: string;
          sort?:
            | 'contractNo'
            | 'certificateNos'
            | 'name'
            | 'formerNames'
            | 'uscc'
            | 'applicationAcceptedOn'
            | 'initialAuditOn'
            | 'initialAuditFee'
            | 'surveillanceFee'
            | 'plannedSurveillanceOn'
            | 'actualSurveillanceOn'
            | 'status'
            | 'province'
            | 'address'
            | 'postcode'
            | 'contactPerson'
            | 'phone'
            | 'email'
            | 'technicalAreaCodes'
            | 'scope'
            | 'legalRepresentative'
            | 'organisationType'
            | 'registeredCapital'
            | 'registeredCapitalCurrency'
            | 'employeeCount'
            | 'industryCodes'
            | 'branchId'
            | 'vip'
            | 'confidential'
            | 'grade';
          status?: string;
          surveillanceFeeFrom?: number;
          surveillanceFeeTo?: number;
          technicalAreaCodes?: string;
          uscc?: string;
          vip?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                actualSurveillanceOn: string | null;
                address: string;
                applicationAcceptedOn: string | null;
                /** Format: uuid */
                branchId: string;
                branchName: {
                  en: string;
                  zh: string;
                };
                certificateNos: string[];
                confidential: boolean;
                contactPerson: string | null;
                contractNo: string;
                createdAt: string;
                /** @description on the serious-dishonesty list (严重违法失信名单) since */
                dishonestyListedOn: string | null;
                dishonestyRemovedOn: string | null;
                dishonestySource: string | null;
                email: string | null;
                employeeCount: number | null;
                /** @description in a search: the former name that holds the term when the current name does not (原名) */
                formerNameFound?: string | null;
                formerNames: string[];
                /** @description credit codes it had before a correction */
                formerUsccs: string[];
                /** @enum {string|null} */
                grade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
                /** Format: uuid */
                id: string;
                industryCodes: string[];
                initialAuditFee: number | null;
                initialAuditOn: string | null;
                legalRepresentative: string | null;
                name: string;
                /** @enum {string|null} */
                organisationType:
                  | '010000'
                  | '020000'
                  | '030000'
                  | '040000'
                  | '040100'
                  | '040101'
                  | '040102'
                  | '040103'
                  | '040104'
                  | '040105'
                  | '040106'
                  | '040107'
                  | '040108'
                  | '040109'
                  | '040110'
                  | '040199'
                  | '040200'
                  | '040300'
                  | '040301'
                  | '040302'
                  | '040303'
                  | '040304'
                  | '050000'
                  | null;
                phone: string | null;
                plannedSurveillanceOn: string | null;
                postcode: string | null;
                province: string;
                /** @description 万元 */
                registeredCapital: number | null;
                /** @enum {string|null} */
                registeredCapitalCurrency: '10' | '11' | '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | null;
                scope: string | null;
                /** @enum {string} */
                status: 'active' | 'abnormal' | 'lost';
                surveillanceFee: number | null;
                technicalAreaCodes: string[];
                updatedAt: string;
                uscc: string;
                version: number;
                vip: boolean;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description read-only: the end of the last surveillance audit held */
            readonly actualSurveillanceOn?: unknown;
            address: string;
            /** @description YYYY-MM-DD */
            applicationAcceptedOn?: string | null;
            /** Format: uuid */
            branchId: string;
            /** @description read-only: the numbers of the client's certificates */
            readonly certificateNos?: unknown;
            /** @description kept out of IAF CertSearch */
            confidential?: boolean;
            contactPerson?: string | null;
            contractNo: string;
            email?: string | null;
            employeeCount?: number | null;
            formerNames?: string[];
            /** @description read-only: computed by the client classification */
            readonly grade?: unknown;
            /** @description 国民经济行业分类 (GB/T 4754) 小类, four digits */
            industryCodes?: string[];
            initialAuditFee?: number | null;
            /** @description YYYY-MM-DD */
            initialAuditOn?: string | null;
            /** @description 法定代表人, or 负责人 where there is none */
            legalRepresentative?: string | null;
            name: string;
            /**
             * @description 组织机构类型代码
             * @enum {string|null}
             */
            organisationType?:
              | '010000'
              | '020000'
              | '030000'
              | '040000'
              | '040100'
              | '040101'
              | '040102'
              | '040103'
              | '040104'
              | '040105'
              | '040106'
              | '040107'
              | '040108'
              | '040109'
              | '040110'
              | '040199'
              | '040200'
              | '040300'
              | '040301'
              | '040302'
              | '040303'
              | '040304'
              | '050000'
              | null;
            phone?: string | null;
            /** @description YYYY-MM-DD */
            plannedSurveillanceOn?: string | null;
            postcode?: string | null;
            province: string;
            /** @description 注册资本, in 万元 (0 for a body without one) */
            registeredCapital?: number | null;
            /**
             * @description 货币类型代码
             * @enum {string|null}
             */
            registeredCapitalCurrency?: '10' | '11' | '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | null;
            scope?: string | null;
            /** @description read-only: 异常/流失 are recorded with their cause (POST /api/clients/{id}/losses) */
            readonly status?: unknown;
            surveillanceFee?: number | null;
            technicalAreaCodes?: string[];
            uscc: string;
            vip?: boolean;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Client'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Client'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change fields; `version` must be the one read (else 409) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description read-only: the end of the last surveillance audit held */
            readonly actualSurveillanceOn?: unknown;
            address?: string;
            /** @description YYYY-MM-DD */
            applicationAcceptedOn?: string | null;
            /** Format: uuid */
            branchId?: string;
            /** @description read-only: the numbers of the client's certificates */
            readonly certificateNos?: unknown;
            /** @description kept out of IAF CertSearch */
            confidential?: boolean;
            contactPerson?: string | null;
            contractNo?: string;
            email?: string | null;
            employeeCount?: number | null;
            formerNames?: string[];
            /** @description read-only: computed by the client classification */
            readonly grade?: unknown;
            /** @description 国民经济行业分类 (GB/T 4754) 小类, four digits */
            industryCodes?: string[];
            initialAuditFee?: number | null;
            /** @description YYYY-MM-DD */
            initialAuditOn?: string | null;
            /** @description 法定代表人, or 负责人 where there is none */
            legalRepresentative?: string | null;
            name?: string;
            /**
             * @description 组织机构类型代码
             * @enum {string|null}
             */
            organisationType?:
              | '010000'
              | '020000'
              | '030000'
              | '040000'
              | '040100'
              | '040101'
              | '040102'
              | '040103'
              | '040104'
              | '040105'
              | '040106'
              | '040107'
              | '040108'
              | '040109'
              | '040110'
              | '040199'
              | '040200'
              | '040300'
              | '040301'
              | '040302'
              | '040303'
              | '040304'
              | '050000'
              | null;
            phone?: string | null;
            /** @description YYYY-MM-DD */
            plannedSurveillanceOn?: string | null;
            postcode?: string | null;
            province?: string;
            /** @description 注册资本, in 万元 (0 for a body without one) */
            registeredCapital?: number | null;
            /**
             * @description 货币类型代码
             * @enum {string|null}
             */
            registeredCapitalCurrency?: '10' | '11' | '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | null;
            scope?: string | null;
            /** @description read-only: 异常/流失 are recorded with their cause (POST /api/clients/{id}/losses) */
            readonly status?: unknown;
            surveillanceFee?: number | null;
            technicalAreaCodes?: string[];
            uscc?: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
            vip?: boolean;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Client'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/clients/{id}/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Certificate'][];
          };
        };
      };
    };
    put?: never;
    /** Grant a certificate (certification decision) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateNo: string;
            /** @description the certification decision date, not after today; validity runs from it */
            decisionOn: string;
            /** @enum {string} */
            field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
            /** @default 认证决定 / certification decision */
            reason?: string;
            /**
             * @description management_system only: an after-sales certificate is granted from its assessment
             * @enum {string}
             */
            scheme: 'management_system' | 'after_sales';
            scope: string;
            /** @default [] */
            sites?: {
              address: string;
              name: string;
              scope?: string;
            }[];
            standard: string;
            /** @description read-only: a star level comes from a concluded GB/T 27922 assessment */
            readonly starLevel?: unknown;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/classification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's systems to grade, its items, its grade history and the bad record offered as the C override */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientClassification'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/communication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client's file: maintainer, contacts, requests, suggestions, loss records */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientCommunication'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log a contact: visit, phone, e-mail or event, with the surveillance date agreed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the surveillance date agreed with the client */
            agreedSurveillanceOn?: string | null;
            auditNeeds?: string | null;
            /** @description YYYY-MM-DD */
            contactedOn: string;
            /**
             * @description a phone follow-up (回访)
             * @default false
             */
            followUp?: boolean;
            /** @enum {string} */
            kind: 'visit' | 'phone' | 'email' | 'event';
            summary: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Contact'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/contract-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File a change application (F01 变更申请表); fee changes are customer service’s only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            certificateId?: string | null;
            description: string;
            /**
             * @description documents and qualifications handed in
             * @default []
             */
            documents?: string[];
            /** @enum {string} */
            kind:
              | 'name'
              | 'contact'
              | 'address_sites'
              | 'legal_status'
              | 'key_management'
              | 'system_process'
              | 'scope_extension'
              | 'scope_reduction'
              | 'fees';
            /** @default {} */
            proposed?: {
              address?: string;
              contactPerson?: string;
              /**
               * Format: email
               * @description where notices are e-mailed
               */
              email?: string;
              initialAuditFee?: number;
              name?: string;
              phone?: string;
              scope?: string;
              sites?: {
                address: string;
                name: string;
                scope?: string;
              }[];
              surveillanceFee?: number;
            };
            /**
             * Format: uuid
             * @description raised by the team during this on-site audit
             */
            raisedInAuditId?: string | null;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContractChange'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/dishonesty-listing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record the client on the serious-dishonesty list (严重违法失信名单) with source and date, or its removal; it bars applications */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description null: not on the list */
            listedOn: string | null;
            /**
             * @description taken off the list (信用修复) on
             * @default null
             */
            removedOn?: string | null;
            source: string | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Client'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grade a client: annual evaluation, an auditor evaluation form, or an adjustment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description the audit whose auditor evaluation form (受审核方体系有效性水平评价表) this is
             */
            auditId?: string | null;
            /** @description default today */
            evaluatedOn?: string | null;
            /** @description grade per evaluation item code */
            itemGrades: {
              [key: string]: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-';
            };
            note?: string | null;
            /** @default [] */
            overrides?: ('bad_record' | 'certificate_only' | 'leading')[];
            /** @enum {string} */
            source: 'annual' | 'audit' | 'risk' | 'adjustment';
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientEvaluation'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Change history, newest first: who, when, each field by its label, old → new, as the caller’s role may see them */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditLogEntry'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/losses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a client as lost or abnormal, with the cause */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            analysis?: string | null;
            cause: string;
            /** @description YYYY-MM-DD */
            recordedOn?: string | null;
            remedialDecision?: string | null;
            /** @enum {string} */
            status: 'abnormal' | 'lost' | 'active';
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Loss'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/maintainer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assign the client’s maintainer (客户维护人) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              clientId: string;
              /** @description the maintainer’s display name */
              name: string;
              /** @description the day it was assigned */
              since: string;
              /** Format: uuid */
              userId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notices sent to the organisation, with the state of their e-mails */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              at: string;
              bodyEn: string;
              bodyZh: string;
              /** Format: uuid */
              certificateId: string | null;
              certificateNo: string | null;
              /** @description its e-mail to the client */
              delivery: {
                address: string | null;
                attempts: number;
                /** @description the SMTP server's answer to the last attempt */
                lastAnswer: string | null;
                /** @description while queued: when it is tried (again) */
                nextAttemptAt: string | null;
                sentAt: string | null;
                /** @enum {string} */
                status: 'queued' | 'sending' | 'sent' | 'failed' | 'no_address' | 'mail_off' | 'not_needed' | 'past_event';
              } | null;
              id: number;
              /** @enum {string|null} */
              kind:
                | 'grant'
                | 'suspend'
                | 'restore'
                | 'revoke'
                | 'withdraw'
                | 'expire'
                | 'reissue'
                | 'recertify'
                | 'survey_invitation'
                | 'complaint_answer'
                | null;
              /** @description printed on the letter and the e-mail: TZ-<year>-<serial> */
              reference: string;
              subjectEn: string;
              subjectZh: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client’s audit programmes with audits, teams and due dates */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Programme'][];
          };
        };
      };
    };
    put?: never;
    /** Open a programme for an application (before the certificate is granted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
            /** @enum {string} */
            scheme: 'management_system' | 'after_sales';
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeRecord'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the filtered list to Excel (.xlsx) */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          actualSurveillanceOnFrom?: string;
          /** @description YYYY-MM-DD */
          actualSurveillanceOnTo?: string;
          address?: string;
          /** @description YYYY-MM-DD */
          applicationAcceptedOnFrom?: string;
          /** @description YYYY-MM-DD */
          applicationAcceptedOnTo?: string;
          branchId?: string;
          certificateNos?: string;
          confidential?: string;
          contactPerson?: string;
          contractNo?: string;
          email?: string;
          employeeCountFrom?: number;
          employeeCountTo?: number;
          formerNames?: string;
          grade?: string;
          industryCodes?: string;
          initialAuditFeeFrom?: number;
          initialAuditFeeTo?: number;
          /** @description YYYY-MM-DD */
          initialAuditOnFrom?: string;
          /** @description YYYY-MM-DD */
          initialAuditOnTo?: string;
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          legalRepresentative?: string;
          name?: string;
          order?: 'asc' | 'desc';
          organisationType?: string;
          page?: number;
          pageSize?: number;
          phone?: string;
          /** @description YYYY-MM-DD */
          plannedSurveillanceOnFrom?: string;
          /** @description YYYY-MM-DD */
          plannedSurveillanceOnTo?: string;
          postcode?: string;
          province?: string;
          /** @description name, former name, pinyin, pinyin initials, credit code, contract or certificate no. */
          q?: string;
          registeredCapitalCurrency?: string;
          registeredCapitalFrom?: number;
          registeredCapitalTo?: number;
          scope?: string;
          sort?:
            | 'contractNo'
            | 'certificateNos'
            | 'name'
            | 'formerNames'
            | 'uscc'
            | 'applicationAcceptedOn'
            | 'initialAuditOn'
            | 'initialAuditFee'
            | 'surveillanceFee'
            | 'plannedSurveillanceOn'
            | 'actualSurveillanceOn'
            | 'status'
            | 'province'
            | 'address'
            | 'postcode'
            | 'contactPerson'
            | 'phone'
            | 'email'
            | 'technicalAreaCodes'
            | 'scope'
            | 'legalRepresentative'
            | 'organisationType'
            | 'registeredCapital'
            | 'registeredCapitalCurrency'
            | 'employeeCount'
            | 'industryCodes'
            | 'branchId'
            | 'vip'
            | 'confidential'
            | 'grade';
          status?: string;
          surveillanceFeeFrom?: number;
          surveillanceFeeTo?: number;
          technicalAreaCodes?: string;
          uscc?: string;
          vip?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your recent imports, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              /** @description why a failed import failed (IMPORT.DISCARDED: its uploader gave the preview up) */
              errorCode: string | null;
              fileName: string;
              /** Format: uuid */
              id: string;
              rowsChecked: number;
              rowsWritten: number;
              /** @enum {string} */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused: a preview with refused rows can never be written */
              summary: {
                created: number;
                refused: number;
                rows: number;
                unchanged: number;
                updated: number;
              } | null;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Upload an .xlsx/.csv (multipart field "file"): it is checked in the background; poll its record for the preview */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description the file (one per request)
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description previewed, no row refused, and something would change */
              canConfirm: boolean;
              /** Format: date-time */
              createdAt: string;
              error: {
                code: string;
                details?: {
                  /** @description IMPORT.INVALID_ROWS: the rows refused */
                  rows?: components['schemas']['ImportRowErrors'][];
                } & {
                  [key: string]: unknown;
                };
                message: {
                  en: string;
                  zh: string;
                };
              } | null;
              fileName: string;
              /**
               * Format: uuid
               * @description poll GET …/import/{id}; confirm with POST …/import/{id}/confirm
               */
              id: string;
              /** @description the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons */
              preview: {
                creates: {
                  contractNo: string;
                  name: string;
                  row: number;
                }[];
                /** @description rows whose derived cells differ from what the system holds, which stays */
                ignoredCellRows?: number;
                /** @description columns the system derives (grade, certificate numbers, surveillance date): never read from a file */
                ignoredColumns: string[];
                refusedRows: components['schemas']['ImportRowErrors'][];
                /** @description headers that name no client column: read by nobody */
                unknownColumns: string[];
                updates: {
                  changes: {
                    field: string;
                    new: unknown;
                    old: unknown;
                  }[];
                  /** Format: uuid */
                  clientId: string;
                  contractNo: string;
                  name: string;
                  row: number;
                }[];
              } | null;
              result: {
                created: number;
                unchanged: number;
                updated: number;
              } | null;
              rowsChecked: number;
              rowsWritten: number;
              /**
               * @description checking → previewed → writing → applied; failed says why in error
               * @enum {string}
               */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused */
              summary: {
                created: number;
                refused: number;
                rows: number;
                unchanged: number;
                updated: number;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/import-template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The import template: the export layout with no rows and a sheet of instructions (blank cells, the clear marker) */
    get: {
      parameters: {
        query?: {
          lang?: 'zh' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/import/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of your imports: progress, preview, result or why it failed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description previewed, no row refused, and something would change */
              canConfirm: boolean;
              /** Format: date-time */
              createdAt: string;
              error: {
                code: string;
                details?: {
                  /** @description IMPORT.INVALID_ROWS: the rows refused */
                  rows?: components['schemas']['ImportRowErrors'][];
                } & {
                  [key: string]: unknown;
                };
                message: {
                  en: string;
                  zh: string;
                };
              } | null;
              fileName: string;
              /**
               * Format: uuid
               * @description poll GET …/import/{id}; confirm with POST …/import/{id}/confirm
               */
              id: string;
              /** @description the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons */
              preview: {
                creates: {
                  contractNo: string;
                  name: string;
                  row: number;
                }[];
                /** @description rows whose derived cells differ from what the system holds, which stays */
                ignoredCellRows?: number;
                /** @description columns the system derives (grade, certificate numbers, surveillance date): never read from a file */
                ignoredColumns: string[];
                refusedRows: components['schemas']['ImportRowErrors'][];
                /** @description headers that name no client column: read by nobody */
                unknownColumns: string[];
                updates: {
                  changes: {
                    field: string;
                    new: unknown;
                    old: unknown;
                  }[];
                  /** Format: uuid */
                  clientId: string;
                  contractNo: string;
                  name: string;
                  row: number;
                }[];
              } | null;
              result: {
                created: number;
                unchanged: number;
                updated: number;
              } | null;
              rowsChecked: number;
              rowsWritten: number;
              /**
               * @description checking → previewed → writing → applied; failed says why in error
               * @enum {string}
               */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused */
              summary: {
                created: number;
                refused: number;
                rows: number;
                unchanged: number;
                updated: number;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/import/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write a previewed import (its uploader only), in the background: all rows or none, and only if the data it changes is still as previewed (else the import fails with IMPORT.ROWS_STALE naming the rows, or IMPORT.PREVIEW_STALE) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description previewed, no row refused, and something would change */
              canConfirm: boolean;
              /** Format: date-time */
              createdAt: string;
              error: {
                code: string;
                details?: {
                  /** @description IMPORT.INVALID_ROWS: the rows refused */
                  rows?: components['schemas']['ImportRowErrors'][];
                } & {
                  [key: string]: unknown;
                };
                message: {
                  en: string;
                  zh: string;
                };
              } | null;
              fileName: string;
              /**
               * Format: uuid
               * @description poll GET …/import/{id}; confirm with POST …/import/{id}/confirm
               */
              id: string;
              /** @description the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons */
              preview: {
                creates: {
                  contractNo: string;
                  name: string;
                  row: number;
                }[];
                /** @description rows whose derived cells differ from what the system holds, which stays */
                ignoredCellRows?: number;
                /** @description columns the system derives (grade, certificate numbers, surveillance date): never read from a file */
                ignoredColumns: string[];
                refusedRows: components['schemas']['ImportRowErrors'][];
                /** @description headers that name no client column: read by nobody */
                unknownColumns: string[];
                updates: {
                  changes: {
                    field: string;
                    new: unknown;
                    old: unknown;
                  }[];
                  /** Format: uuid */
                  clientId: string;
                  contractNo: string;
                  name: string;
                  row: number;
                }[];
              } | null;
              result: {
                created: number;
                unchanged: number;
                updated: number;
              } | null;
              rowsChecked: number;
              rowsWritten: number;
              /**
               * @description checking → previewed → writing → applied; failed says why in error
               * @enum {string}
               */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused */
              summary: {
                created: number;
                refused: number;
                rows: number;
                unchanged: number;
                updated: number;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/import/{id}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give up a preview waiting for confirmation (its uploader only): nothing is written, its checked rows are dropped */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description previewed, no row refused, and something would change */
              canConfirm: boolean;
              /** Format: date-time */
              createdAt: string;
              error: {
                code: string;
                details?: {
                  /** @description IMPORT.INVALID_ROWS: the rows refused */
                  rows?: components['schemas']['ImportRowErrors'][];
                } & {
                  [key: string]: unknown;
                };
                message: {
                  en: string;
                  zh: string;
                };
              } | null;
              fileName: string;
              /**
               * Format: uuid
               * @description poll GET …/import/{id}; confirm with POST …/import/{id}/confirm
               */
              id: string;
              /** @description the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons */
              preview: {
                creates: {
                  contractNo: string;
                  name: string;
                  row: number;
                }[];
                /** @description rows whose derived cells differ from what the system holds, which stays */
                ignoredCellRows?: number;
                /** @description columns the system derives (grade, certificate numbers, surveillance date): never read from a file */
                ignoredColumns: string[];
                refusedRows: components['schemas']['ImportRowErrors'][];
                /** @description headers that name no client column: read by nobody */
                unknownColumns: string[];
                updates: {
                  changes: {
                    field: string;
                    new: unknown;
                    old: unknown;
                  }[];
                  /** Format: uuid */
                  clientId: string;
                  contractNo: string;
                  name: string;
                  row: number;
                }[];
              } | null;
              result: {
                created: number;
                unchanged: number;
                updated: number;
              } | null;
              rowsChecked: number;
              rowsWritten: number;
              /**
               * @description checking → previewed → writing → applied; failed says why in error
               * @enum {string}
               */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused */
              summary: {
                created: number;
                refused: number;
                rows: number;
                unchanged: number;
                updated: number;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/{list}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the year's lists as Excel (.xlsx) */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path: {
          list: 'requests' | 'suggestions' | 'events' | 'losses' | 'below';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/churn': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 流失分析: the churn rate (defined in `definition`), by cause and branch, this year against last and over the last years */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ChurnAnalysis'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/churn/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The churn analysis as Excel or PDF */
    get: {
      parameters: {
        query: {
          /** @description language of the file */
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path: {
          format: 'xlsx' | 'pdf';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook or PDF, as the path asks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Client events of a year */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientEvent'][];
          };
        };
      };
    };
    put?: never;
    /** Record a client event (symposium, training) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 0 */
            attendees?: number;
            /** Format: uuid */
            branchId?: string | null;
            /** @description YYYY-MM-DD */
            heldOn: string;
            /** @enum {string} */
            kind: 'symposium' | 'training' | 'other';
            note?: string | null;
            title: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientEvent'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 电话回访季度汇总: per quarter and branch, valid clients, those phoned, the share and the running share against the target */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FollowUpSummary'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/follow-ups/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The quarterly phone follow-up summary as Excel or PDF */
    get: {
      parameters: {
        query: {
          /** @description language of the file */
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path: {
          format: 'xlsx' | 'pdf';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook or PDF, as the path asks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/losses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lost and abnormal clients of a year, with causes */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 原因分析 */
              analysis: string | null;
              /** @description the client’s branch, its Chinese name */
              branch: string;
              cause: string;
              /** Format: uuid */
              clientId: string;
              clientName: string;
              /** Format: uuid */
              id: string;
              /** @description the name of who recorded it */
              recordedBy: string;
              /** @description YYYY-MM-DD */
              recordedOn: string;
              /** @description 补救决定 */
              remedialDecision: string | null;
              /**
               * @description the client’s new status: 异常 abnormal, 流失 lost, 恢复正常 active again
               * @enum {string}
               */
              status: 'abnormal' | 'lost' | 'active';
              /** @description the client is a VIP now */
              vip: boolean;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/managers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The managers a request of class (c), beyond a department’s authority, may go to (they close it) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Staff'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/meters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compliance meters per maintainer and branch: contacts, follow-ups, events */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Meters'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Client requests of a year with their class and outcome */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientRequest'][];
          };
        };
      };
    };
    put?: never;
    /** Log a client request, classified (a) / (b) / (c) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description (a) unreasonable, (b) within the department’s authority, (c) beyond it
             * @enum {string}
             */
            class: 'unreasonable' | 'within_authority' | 'beyond_authority';
            /** Format: uuid */
            clientId: string;
            content: string;
            /**
             * Format: uuid
             * @description class (c): the manager it goes to
             */
            escalatedToId?: string | null;
            /** @description YYYY-MM-DD */
            receivedOn: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientRequest'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/requests/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the outcome and close */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            outcome: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientRequest'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff who may maintain a client */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Staff'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suggestions of a year: the year-end summary */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SuggestionSummary'];
          };
        };
      };
    };
    put?: never;
    /** Log a suggestion */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            clientId?: string | null;
            content: string;
            /** @description YYYY-MM-DD */
            receivedOn: string;
            response?: string | null;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Suggestion'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication/suggestions/{id}/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a suggestion */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            response: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Suggestion'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 申投诉登记: the register, newest first */
    get: {
      parameters: {
        query?: {
          /** @description unclassified: the cases with no cause yet */
          cause?:
            | 'auditor_conduct'
            | 'audit_findings'
            | 'certification_decision'
            | 'fees_contract'
            | 'service_timeliness'
            | 'impartiality'
            | 'certified_performance'
            | 'certificate_misuse'
            | 'other'
            | 'unclassified';
          channel?: 'portal' | 'staff' | 'public';
          kind?: 'complaint' | 'appeal';
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          overdue?: string;
          q?: string;
          status?: 'received' | 'investigating' | 'answered' | 'escalated' | 'closed';
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'][];
          };
        };
      };
    };
    put?: never;
    /** File a complaint or an appeal: staff on behalf of a caller, or a certified client in its portal */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 原因分类, when already known; required by the answer at the latest
             * @enum {string|null}
             */
            cause?:
              | 'auditor_conduct'
              | 'audit_findings'
              | 'certification_decision'
              | 'fees_contract'
              | 'service_timeliness'
              | 'impartiality'
              | 'certified_performance'
              | 'certificate_misuse'
              | 'other'
              | null;
            certificateNo?: string | null;
            /** Format: uuid */
            clientId?: string | null;
            /** @description phone or e-mail for the written answer */
            complainantContact: string;
            complainantName: string;
            description: string;
            /** @enum {string} */
            kind: 'complaint' | 'appeal';
            organisation?: string | null;
            /** @description default today */
            receivedOn?: string | null;
            subject: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the written answer (and the cause, unless classified already) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the written answer sent to the complainant */
            answer: string;
            /**
             * @description 原因分类: required unless the case is classified already
             * @enum {string|null}
             */
            cause?:
              | 'auditor_conduct'
              | 'audit_findings'
              | 'certification_decision'
              | 'fees_contract'
              | 'service_timeliness'
              | 'impartiality'
              | 'certified_performance'
              | 'certificate_misuse'
              | 'other'
              | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}/answer/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The written answer as a letter to the complainant (PDF), referenced by the case number */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}/cause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Classify the cause again (原因分类) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            cause:
              | 'auditor_conduct'
              | 'audit_findings'
              | 'certification_decision'
              | 'fees_contract'
              | 'service_timeliness'
              | 'impartiality'
              | 'certified_performance'
              | 'certificate_misuse'
              | 'other';
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close it, with the outcome */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The complainant takes it to the national authority (CNCA) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}/investigate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the investigation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}/owner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign the person who owns it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            ownerId: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/analysis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 申投诉分析: by kind, branch and month, for a year or a quarter */
    get: {
      parameters: {
        query: {
          /** @description one quarter of the year; the whole year without it */
          quarter?: number;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseAnalysis'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/analysis/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The complaints and appeals analysis as Excel or PDF */
    get: {
      parameters: {
        query: {
          /** @description language of the file */
          lang?: 'zh' | 'en';
          /** @description one quarter of the year; the whole year without it */
          quarter?: number;
          year: number;
        };
        header?: never;
        path: {
          format: 'xlsx' | 'pdf';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook or PDF, as the path asks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered register as Excel (.xlsx) */
    get: {
      parameters: {
        query?: {
          /** @description unclassified: the cases with no cause yet */
          cause?:
            | 'auditor_conduct'
            | 'audit_findings'
            | 'certification_decision'
            | 'fees_contract'
            | 'service_timeliness'
            | 'impartiality'
            | 'certified_performance'
            | 'certificate_misuse'
            | 'other'
            | 'unclassified';
          channel?: 'portal' | 'staff' | 'public';
          kind?: 'complaint' | 'appeal';
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          overdue?: string;
          q?: string;
          status?: 'received' | 'investigating' | 'answered' | 'escalated' | 'closed';
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff who may own a complaint */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              /** Format: uuid */
              id: string;
              manager: boolean;
              role: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The yearly summary: by kind, channel and status; answers on time; days to answer; by month */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answered: number;
              answeredOnTime: number;
              averageDaysToAnswer: number | null;
              byChannel: {
                [key: string]: number;
              };
              byKind: {
                [key: string]: number;
              };
              byMonth: number[];
              byStatus: {
                [key: string]: number;
              };
              onTimeRate: number | null;
              overdue: number;
              total: number;
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contract-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 合同变更: applications and what became of them */
    get: {
      parameters: {
        query?: {
          clientId?: string;
          kind?:
            | 'name'
            | 'contact'
            | 'address_sites'
            | 'legal_status'
            | 'key_management'
            | 'system_process'
            | 'scope_extension'
            | 'scope_reduction'
            | 'fees';
          status?: 'submitted' | 'awaiting_audit' | 'approved' | 'rejected' | 'applied';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContractChange'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contract-changes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContractChange'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contract-changes/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Carry the change out: the client record, and the certificate reissued when its content changes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContractChange'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contract-changes/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The application as filed, on form F01 (变更申请表), with what became of it (PDF) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contract-changes/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Review: approve, reject, or require an audit (a scope extension always needs one) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            auditPlannedEnd?: string | null;
            /** @description for decision "audit" */
            auditPlannedStart?: string | null;
            /** @enum {string} */
            decision: 'approve' | 'reject' | 'audit';
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContractChange'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 认证可信度调查 of a year, by respondent kind */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CredibilityReport'];
          };
        };
      };
    };
    put?: never;
    /** Record one response of the credibility survey */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            clientId?: string | null;
            comment?: string | null;
            respondent: string;
            /** @enum {string} */
            respondentKind: 'authority' | 'community' | 'customer';
            score: number;
            year: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CredibilityResponse'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in role's home page: due, overdue and unusual today, with chart data */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Dashboard'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/due-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The due-list: what is overdue or due within the 30 / 60 / 90-day windows, by department and branch; from/to for the calendar */
    get: {
      parameters: {
        query?: {
          branchId?: string;
          /** @description due = overdue and the three windows */
          bucket?: 'overdue' | 'first' | 'second' | 'third' | 'due' | 'all';
          clientId?: string;
          department?: string;
          /** @description due on or after (calendar view) */
          from?: string;
          kind?: string;
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          page?: number;
          pageSize?: number;
          /** @description due on or before (calendar view) */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                first: number;
                overdue: number;
                second: number;
                third: number;
              };
              items: components['schemas']['DueItem'][];
              total: number;
              windowDays: number[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/due-items/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered due-list as Excel (.xlsx) */
    get: {
      parameters: {
        query?: {
          branchId?: string;
          /** @description due = overdue and the three windows */
          bucket?: 'overdue' | 'first' | 'second' | 'third' | 'due' | 'all';
          clientId?: string;
          department?: string;
          /** @description due on or after (calendar view) */
          from?: string;
          kind?: string;
          /** @description language of the Excel export */
          lang?: 'zh' | 'en';
          page?: number;
          pageSize?: number;
          /** @description due on or before (calendar view) */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              date: string;
              /** @enum {string} */
              kind: 'holiday' | 'workday';
              nameEn: string;
              nameZh: string;
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a date as a public holiday (放假) or an adjusted working weekend day (调休上班) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description YYYY-MM-DD */
          date: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'holiday' | 'workday';
            nameEn: string;
            nameZh: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              date: string;
              /** @enum {string} */
              kind: 'holiday' | 'workday';
              nameEn: string;
              nameZh: string;
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    /** Remove a holiday or adjusted working day */
    delete: {
      parameters: {
        query: {
          version: number;
        };
        header?: never;
        path: {
          /** @description YYYY-MM-DD */
          date: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enter many days at once (date ranges, or a reviewed notice), all or none; optionally mark the year entered */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            markYearEntered?: number;
            ranges: {
              /** @description YYYY-MM-DD */
              from: string;
              /** @enum {string} */
              kind: 'holiday' | 'workday';
              nameEn: string;
              nameZh: string;
              /** @description YYYY-MM-DD */
              to: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entered: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays/mark': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the days chosen in the year view as days off, weekends worked or ordinary days, all or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            days: {
              /** @description YYYY-MM-DD */
              date: string;
              /** @description as read; 0: the day has no entry */
              version: number;
            }[];
            /**
             * @description ordinary: the days’ entries are removed
             * @enum {string}
             */
            mark: 'holiday' | 'workday' | 'ordinary';
            nameEn?: string;
            /** @description for holiday and workday */
            nameZh?: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description days changed; those already as asked are left */
              changed: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays/notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read the State Council's holiday notice into days for review (nothing is saved) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              problems: {
                line: number;
                message: {
                  en: string;
                  zh: string;
                };
              }[];
              ranges: {
                /** @description YYYY-MM-DD */
                from: string;
                /** @enum {string} */
                kind: 'holiday' | 'workday';
                nameEn: string;
                nameZh: string;
                /** @description YYYY-MM-DD */
                to: string;
              }[];
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This year, next year and every year with entries: its days and whether it is entered in full */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description marked entered in full: deadlines counted into it are final */
              entered: boolean;
              enteredAt: string | null;
              holidays: number;
              workdays: number;
              year: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/holidays/years/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark a year's holiday table entered in full; its provisional deadlines are counted again */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    post?: never;
    /** Take the mark off a year marked by mistake */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Incidents with the steps they still owe */
    get: {
      parameters: {
        query?: {
          clientId?: string;
          /** @description only incidents with a step past its deadline */
          overdue?: string;
          status?: 'open' | 'closed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Audit management’s actions: extra audits, suspension or revocation proposals, rectification deadline */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            actions: {
              /** Format: uuid */
              certificateId: string;
              /** @enum {string} */
              kind: 'more_surveillance' | 'unscheduled_audit' | 'project_inspection' | 'suspension' | 'revocation';
              note?: string | null;
              /** @description YYYY-MM-DD */
              plannedEnd?: string | null;
              /** @description for an audit: its first day */
              plannedStart?: string | null;
            }[];
            /** @description why these actions (or none) */
            note: string;
            /** @description when the client must have rectified; none when no rectification is required */
            rectificationDueOn?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Evidence filed with the record */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contentType: string;
              fileName: string;
              /** Format: uuid */
              id: string;
              size: number;
              uploadedAt: string;
              uploadedBy: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Attach evidence (PDF, image or Office document; multipart field "file") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description the file (one per request)
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              fileName: string;
              /** Format: uuid */
              id: string;
              size: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one evidence file (always as an attachment) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description the file as it was attached, under its own media type */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/rectification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the client’s rectification evidence */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            evidence: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The incident report: event, investigation, actions, opinion */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 采取的措施 */
            actions: string;
            /** @description 事件情况 */
            event: string;
            /** @description 调查情况 */
            investigation: string;
            /** @description 处理意见 */
            opinion: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/report-to-audit-management': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the same-day report to audit management */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/self-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The branch’s self-check of the past audit */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            finding: 'none' | 'lapses' | 'violations';
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/suspension-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File the suspension request (暂停申请) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify the rectification (accept, or send back) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accepted: boolean;
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/analysis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 风险事件分析: by kind, branch and month, for a year or a quarter */
    get: {
      parameters: {
        query: {
          /** @description one quarter of the year; the whole year without it */
          quarter?: number;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseAnalysis'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/analysis/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The incidents analysis as Excel or PDF */
    get: {
      parameters: {
        query: {
          /** @description language of the file */
          lang?: 'zh' | 'en';
          /** @description one quarter of the year; the whole year without it */
          quarter?: number;
          year: number;
        };
        header?: never;
        path: {
          format: 'xlsx' | 'pdf';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook or PDF, as the path asks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered incidents as Excel (.xlsx) */
    get: {
      parameters: {
        query?: {
          clientId?: string;
          lang?: 'zh' | 'en';
          /** @description only incidents with a step past its deadline */
          overdue?: string;
          status?: 'open' | 'closed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobs/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the due scheduled jobs now (the worker also runs them on its own) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              done: number;
              failed: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mail/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Outgoing mail: on or off, deliveries by state, the latest failures */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              /** @description false: no SMTP server is configured, notices stay in the portal */
              enabled: boolean;
              /** @description the latest that failed for good */
              failures: {
                address: string | null;
                at: string;
                attempts: number;
                /** Format: uuid */
                clientId: string;
                clientName: string;
                lastAnswer: string | null;
                noticeId: number;
                reference: string;
                subjectEn: string;
                subjectZh: string;
              }[];
              from: string;
              host: string | null;
              /** @description the latest not sent for want of a client address */
              noAddress: {
                address: string | null;
                at: string;
                attempts: number;
                /** Format: uuid */
                clientId: string;
                clientName: string;
                lastAnswer: string | null;
                noticeId: number;
                reference: string;
                subjectEn: string;
                subjectZh: string;
              }[];
              port: number;
              secure: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notices/{id}/letter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The notice as a printable letter (PDF) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notices/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a notice's failed or address-less mail again, to the client's address as it is now */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/parameters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every numeric rule of the scheme with its current value */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              default: number;
              key: string;
              label: {
                en: string;
                zh: string;
              };
              max: number;
              min: number;
              section: string;
              unit: string;
              updatedAt: string | null;
              value: number;
              /** @description 0 while the default is in force */
              version: number;
            }[];
          };
        };
      };
    };
    /** Change several parameters together (e.g. the three survey weights, which must add up to 100); all or none */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            changes: {
              key: string;
              value: number;
              version: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              default: number;
              key: string;
              label: {
                en: string;
                zh: string;
              };
              max: number;
              min: number;
              section: string;
              unit: string;
              updatedAt: string | null;
              value: number;
              /** @description 0 while the default is in force */
              version: number;
            }[];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/parameters/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            value: number;
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              default: number;
              key: string;
              label: {
                en: string;
                zh: string;
              };
              max: number;
              min: number;
              section: string;
              unit: string;
              updatedAt: string | null;
              value: number;
              /** @description 0 while the default is in force */
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A certified client reports a major incident of its own */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            eventOn: string;
            /** @enum {string} */
            kind: 'quality' | 'environment' | 'safety' | 'other';
            /** @description what happened, where, and what was done */
            text: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskIncident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client's own forms, to answer in the portal */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortalSurvey'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/surveys/{id}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The client answers its form */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description a paper form: the day it came back; default today */
            answeredOn?: string | null;
            answers: {
              A1: number;
              A2: number;
              A3: number;
              A4: number;
              C1: number;
              C2: number;
              S1: number;
              S2: number;
              S3: number;
            };
            comment?: string | null;
            /** @description who filled it in */
            respondent?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortalSurvey'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/audits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan an audit in the programme */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description mystery shopping: the surveillance it belongs to; default the next planned one
             */
            forAuditId?: string | null;
            /** @description YYYY-MM-DD */
            plannedEnd: string;
            /** @description YYYY-MM-DD */
            plannedStart: string;
            /** @default [] */
            sites?: string[];
            /**
             * @description required for an extra surveillance (追加监督)
             * @enum {string|null}
             */
            trigger?:
              'SERIOUS_ACCIDENT' | 'MEDIA_EXPOSURE' | 'SUBSTANTIATED_COMPLAINT' | 'MAJOR_CHANGE' | 'CRITERIA_CHANGE' | 'OTHER' | null;
            triggerNote?: string | null;
            /** @enum {string} */
            type:
              | 'document_review'
              | 'initial_stage1'
              | 'initial_stage2'
              | 'surveillance'
              | 'recertification'
              | 'extra'
              | 'mystery_shopping'
              | 'random_survey';
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Audit'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/recertify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recertification decision: new validity from the decision, next cycle opens (version = the certificate’s) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the recertification decision; the new validity runs from it */
            decisionOn: string;
            /** @default 再认证决定 / recertification decision */
            reason?: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Look certificates up by number or organisation name (no login)
     * @description A number may be typed with separators or full-width (CD23-SC1002R0M, ＣＤ２３ＳＣ１００２Ｒ０Ｍ); a name in traditional or simplified characters, with or without its place and legal form, or a former name (then formerName is that name). An exact match comes first, then the place asked for. At most 20 rows; the X-Total-Count header says how many match in all.
     */
    get: {
      parameters: {
        query: {
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PublicCertificate'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/certificates/{certificateNo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          certificateNo: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PublicCertificate'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Anyone files a complaint or an appeal; the answer follows in writing by the date returned */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            certificateNo?: string | null;
            /** @description phone or e-mail for the written answer */
            complainantContact: string;
            complainantName: string;
            description: string;
            /** @enum {string} */
            kind: 'complaint' | 'appeal';
            organisation?: string | null;
            subject: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the CB answers in writing by this day */
              answerDueOn: string;
              number: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Grants, changes, suspensions, restorations, revocations, withdrawals and expiries, newest first */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          from?: string;
          kind?: string;
          limit?: number;
          /** @description YYYY-MM-DD */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PublicFeed'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/issuer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whose register this is: the certification body, as its certificates name it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: {
                en: string;
                zh: string;
              };
              name: {
                en: string;
                zh: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Generated reports, newest first */
    get: {
      parameters: {
        query?: {
          kind?: 'cnca_monthly' | 'certsearch';
          period?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              fileName: string;
              generatedAt: string;
              generatedBy: string;
              /** Format: uuid */
              id: string;
              issues: number;
              /** @enum {string} */
              kind: 'cnca_monthly' | 'certsearch';
              period: string | null;
              submittedBy: string | null;
              submittedOn: string | null;
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The file as it was generated */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a CNCA monthly report as uploaded to the national platform; its due-list entry goes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/certsearch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Export certificates for IAF CertSearch as JSON (v2 upload field names) or the Excel template; confidential ones are left out */
    post: {
      parameters: {
        query?: {
          format?: 'json' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              fileName: string;
              records: number;
              refused: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/certsearch/{id}/uploaded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a CertSearch export as uploaded to IAF CertSearch today; the refresh duty on the due-list moves on (IAF MD 28) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/certsearch/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** IAF CertSearch: records that would be exported, those the format would refuse and why, and the refresh duty */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the fields whose certificates go out Accredited (认可信息) */
              accreditedFields: string[];
              duty: {
                dueOn: string;
                lastUploadBy: string | null;
                /** @description the last export staff marked uploaded to CertSearch */
                lastUploadOn: string | null;
                overdue: boolean;
              };
              exports: {
                counts: {
                  [key: string]: number;
                };
                fileName: string;
                generatedAt: string;
                generatedBy: string;
                /** Format: uuid */
                id: string;
                issues: number;
                /** @enum {string} */
                kind: 'cnca_monthly' | 'certsearch';
                period: string | null;
                submittedBy: string | null;
                submittedOn: string | null;
                version: number;
              }[];
              failures: {
                certificateNo: string;
                /** Format: uuid */
                clientId: string;
                failures: {
                  field: string;
                  limit?: number;
                  problem: string;
                }[];
              }[];
              records: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/cnca/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Generate the CNCA monthly report (.xlsx, four sheets) and keep it in the history; download it from /api/reports/{id}/file */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description the reported month, YYYY-MM */
          period: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              fileName: string;
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/cnca/{period}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** CNCA monthly report: rows per sheet, every record that cannot be reported as it stands, and the deadline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description the reported month, YYYY-MM */
          period: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dueOn: string;
              from: string;
              headers: {
                [key: string]: string[];
              };
              issues: {
                header: string | null;
                /** @enum {string} */
                problem: 'MISSING' | 'TOO_LONG' | 'NO_TEAM' | 'NOT_REGISTERED' | 'NO_ENERGY_DATA' | 'NO_DECISION';
                record: {
                  id: string;
                  /** @enum {string} */
                  kind: 'client' | 'certificate' | 'audit' | 'registration';
                  label: string;
                };
                sheet: string;
              }[];
              period: string;
              reports: {
                counts: {
                  [key: string]: number;
                };
                fileName: string;
                generatedAt: string;
                generatedBy: string;
                /** Format: uuid */
                id: string;
                issues: number;
                /** @enum {string} */
                kind: 'cnca_monthly' | 'certsearch';
                period: string | null;
                submittedBy: string | null;
                submittedOn: string | null;
                version: number;
              }[];
              rows: {
                [key: string]: number;
              };
              to: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Risk items, newest first, with their best candidate client */
    get: {
      parameters: {
        query?: {
          /** @description published on or after */
          from?: string;
          kind?: 'quality' | 'environment' | 'safety' | 'other';
          page?: number;
          pageSize?: number;
          /** @description words of the text, source or organisation named */
          q?: string;
          status?: 'open' | 'matched' | 'no_match';
          /** @description published on or before */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['RiskItem'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Record one risk item; it is matched against every certified client at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'quality' | 'environment' | 'safety' | 'other';
            /** @description http(s) address of the publication */
            link?: string | null;
            organisationNamed?: string | null;
            /** @description YYYY-MM-DD */
            publishedOn: string;
            /** @description media or authority site, e.g. 国家市场监督管理总局 */
            source: string;
            /** @enum {string} */
            sourceKind: 'media' | 'authority';
            text: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskItem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A risk item with its candidate clients, scores and reasons */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskItem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items/{id}/candidates/{clientId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the client is the one named: opens an incident with its deadlines */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the day of the event, as the item or the client states it: the incident deadlines run from it, so it is not assumed from the publication date */
            eventOn: string;
            note?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskItem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items/{id}/candidates/{clientId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a candidate, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskItem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered risk items as Excel (.xlsx), in the import layout */
    get: {
      parameters: {
        query?: {
          /** @description published on or after */
          from?: string;
          kind?: 'quality' | 'environment' | 'safety' | 'other';
          lang?: 'zh' | 'en';
          page?: number;
          pageSize?: number;
          /** @description words of the text, source or organisation named */
          q?: string;
          status?: 'open' | 'matched' | 'no_match';
          /** @description published on or before */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your recent imports, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              /** @description why a failed import failed (IMPORT.DISCARDED: its uploader gave the preview up) */
              errorCode: string | null;
              fileName: string;
              /** Format: uuid */
              id: string;
              rowsChecked: number;
              rowsWritten: number;
              /** @enum {string} */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused: a preview with refused rows can never be written */
              summary: {
                created: number;
                refused: number;
                rows: number;
              } | null;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Upload an .xlsx/.csv (multipart field "file"): it is checked in the background; poll its record for the preview */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description the file (one per request)
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description previewed, no row refused, and something would change */
              canConfirm: boolean;
              /** Format: date-time */
              createdAt: string;
              error: {
                code: string;
                details?: {
                  /** @description IMPORT.INVALID_ROWS: the rows refused */
                  rows?: components['schemas']['ImportRowErrors'][];
                } & {
                  [key: string]: unknown;
                };
                message: {
                  en: string;
                  zh: string;
                };
              } | null;
              fileName: string;
              /**
               * Format: uuid
               * @description poll GET …/import/{id}; confirm with POST …/import/{id}/confirm
               */
              id: string;
              /** @description the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons */
              preview: {
                creates: {
                  kind: string;
                  organisationNamed: string | null;
                  row: number;
                  source: string;
                }[];
                refusedRows: components['schemas']['ImportRowErrors'][];
                unknownColumns: string[];
              } | null;
              result: {
                created: number;
                matched: number;
                noMatch: number;
              } | null;
              rowsChecked: number;
              rowsWritten: number;
              /**
               * @description checking → previewed → writing → applied; failed says why in error
               * @enum {string}
               */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused */
              summary: {
                created: number;
                refused: number;
                rows: number;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items/import/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of your imports: progress, preview, result or why it failed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description previewed, no row refused, and something would change */
              canConfirm: boolean;
              /** Format: date-time */
              createdAt: string;
              error: {
                code: string;
                details?: {
                  /** @description IMPORT.INVALID_ROWS: the rows refused */
                  rows?: components['schemas']['ImportRowErrors'][];
                } & {
                  [key: string]: unknown;
                };
                message: {
                  en: string;
                  zh: string;
                };
              } | null;
              fileName: string;
              /**
               * Format: uuid
               * @description poll GET …/import/{id}; confirm with POST …/import/{id}/confirm
               */
              id: string;
              /** @description the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons */
              preview: {
                creates: {
                  kind: string;
                  organisationNamed: string | null;
                  row: number;
                  source: string;
                }[];
                refusedRows: components['schemas']['ImportRowErrors'][];
                unknownColumns: string[];
              } | null;
              result: {
                created: number;
                matched: number;
                noMatch: number;
              } | null;
              rowsChecked: number;
              rowsWritten: number;
              /**
               * @description checking → previewed → writing → applied; failed says why in error
               * @enum {string}
               */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused */
              summary: {
                created: number;
                refused: number;
                rows: number;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items/import/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write a previewed import (its uploader only), in the background: all rows or none, and only if the data it changes is still as previewed (else the import fails with IMPORT.ROWS_STALE naming the rows, or IMPORT.PREVIEW_STALE) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description previewed, no row refused, and something would change */
              canConfirm: boolean;
              /** Format: date-time */
              createdAt: string;
              error: {
                code: string;
                details?: {
                  /** @description IMPORT.INVALID_ROWS: the rows refused */
                  rows?: components['schemas']['ImportRowErrors'][];
                } & {
                  [key: string]: unknown;
                };
                message: {
                  en: string;
                  zh: string;
                };
              } | null;
              fileName: string;
              /**
               * Format: uuid
               * @description poll GET …/import/{id}; confirm with POST …/import/{id}/confirm
               */
              id: string;
              /** @description the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons */
              preview: {
                creates: {
                  kind: string;
                  organisationNamed: string | null;
                  row: number;
                  source: string;
                }[];
                refusedRows: components['schemas']['ImportRowErrors'][];
                unknownColumns: string[];
              } | null;
              result: {
                created: number;
                matched: number;
                noMatch: number;
              } | null;
              rowsChecked: number;
              rowsWritten: number;
              /**
               * @description checking → previewed → writing → applied; failed says why in error
               * @enum {string}
               */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused */
              summary: {
                created: number;
                refused: number;
                rows: number;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk-items/import/{id}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give up a preview waiting for confirmation (its uploader only): nothing is written, its checked rows are dropped */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description previewed, no row refused, and something would change */
              canConfirm: boolean;
              /** Format: date-time */
              createdAt: string;
              error: {
                code: string;
                details?: {
                  /** @description IMPORT.INVALID_ROWS: the rows refused */
                  rows?: components['schemas']['ImportRowErrors'][];
                } & {
                  [key: string]: unknown;
                };
                message: {
                  en: string;
                  zh: string;
                };
              } | null;
              fileName: string;
              /**
               * Format: uuid
               * @description poll GET …/import/{id}; confirm with POST …/import/{id}/confirm
               */
              id: string;
              /** @description the first 1,000 rows of each kind: to create, to update with each changed field, refused with reasons */
              preview: {
                creates: {
                  kind: string;
                  organisationNamed: string | null;
                  row: number;
                  source: string;
                }[];
                refusedRows: components['schemas']['ImportRowErrors'][];
                unknownColumns: string[];
              } | null;
              result: {
                created: number;
                matched: number;
                noMatch: number;
              } | null;
              rowsChecked: number;
              rowsWritten: number;
              /**
               * @description checking → previewed → writing → applied; failed says why in error
               * @enum {string}
               */
              status: 'checking' | 'previewed' | 'writing' | 'applied' | 'failed';
              /** @description counts of rows read, to create, to update, unchanged, refused */
              summary: {
                created: number;
                refused: number;
                rows: number;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 售后服务认证申请, newest first */
    get: {
      parameters: {
        query?: {
          status?: 'received' | 'accepted' | 'refused';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceApplication'][];
          };
        };
      };
    };
    put?: never;
    /** Receive an application with its materials checklist; the review falls due after afterSales.applicationReviewDays */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            applicantName: string;
            /** Format: uuid */
            branchId: string;
            contactPerson: string;
            headcount?: number | null;
            /**
             * @default {
             *       "businessLicence": false,
             *       "serviceDocuments": false,
             *       "flowChart": false
             *     }
             */
            materials?: {
              /**
               * @description 营业执照等法律地位证明
               * @default false
               */
              businessLicence?: boolean;
              /**
               * @description 服务流程图
               * @default false
               */
              flowChart?: boolean;
              /** @description 其他认证证书 */
              otherCertificates?: string;
              /**
               * @description 服务过程文件及标准
               * @default false
               */
              serviceDocuments?: boolean;
            };
            phone: string;
            province: string;
            /** @description YYYY-MM-DD */
            receivedOn?: string | null;
            /** @description the products and services to be certified */
            scope: string;
            uscc: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceApplication'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceApplication'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-applications/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept: the client (created, or the existing one with the same credit code) and its after-sales programme */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceApplication'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-applications/{id}/credit-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the credit check (administrative penalties, abnormal-operation list, serious-violation blacklist) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            credit: {
              /** @enum {string} */
              abnormalOperation: 'none' | 'found';
              /** @enum {string} */
              administrativePenalties: 'none' | 'found';
              /** @enum {string} */
              seriousViolation: 'none' | 'found';
            };
            /** @description why no evidence file (the query results) is attached; acceptance needs one or the other */
            noEvidenceReason?: string | null;
            note?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceApplication'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-applications/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Evidence filed with the record */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contentType: string;
              fileName: string;
              /** Format: uuid */
              id: string;
              size: number;
              uploadedAt: string;
              uploadedBy: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Attach evidence (PDF, image or Office document; multipart field "file") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description the file (one per request)
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              fileName: string;
              /** Format: uuid */
              id: string;
              size: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-applications/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one evidence file (always as an attachment) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description the file as it was attached, under its own media type */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-applications/{id}/materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add materials handed in later (only the ones sent change), until the application is decided */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            headcount?: number;
            materials: {
              businessLicence?: boolean;
              flowChart?: boolean;
              /** @description 其他认证证书 */
              otherCertificates?: string;
              serviceDocuments?: boolean;
            };
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceApplication'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-applications/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse, with the reason the applicant is told */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceApplication'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/star-indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The GB/T 27922 indicator sheet with the CB’s points */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              groupCode: string;
              groupNameEn: string;
              groupNameZh: string;
              nameEn: string;
              nameZh: string;
              points: number;
              requiredFrom: number | null;
              sort: number;
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/star-indicators/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change an indicator’s points or the level from which it is required */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            points: number;
            requiredFrom?: number | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              groupCode: string;
              groupNameEn: string;
              groupNameZh: string;
              nameEn: string;
              nameZh: string;
              points: number;
              requiredFrom: number | null;
              sort: number;
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-samples': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The yearly samples with their seeds */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveySample'][];
          };
        };
      };
    };
    put?: never;
    /** Draw the yearly random sample of certified clients and issue their forms */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description kept within the sample parameters (10–20 % by default) */
            percent: number;
            /** @description give the stored seed to repeat a draw; default random */
            seed?: number | null;
            year: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveySample'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The forms issued in a year or quarter, answered or not */
    get: {
      parameters: {
        query: {
          answered?: string;
          kind?: 'audit' | 'annual';
          lang?: 'zh' | 'en';
          page?: number;
          pageSize?: number;
          /** @description part of the client name */
          q?: string;
          quarter?: number;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Survey'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enter a paper form that came back */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description a paper form: the day it came back; default today */
            answeredOn?: string | null;
            answers: {
              A1: number;
              A2: number;
              A3: number;
              A4: number;
              C1: number;
              C2: number;
              S1: number;
              S2: number;
              S3: number;
            };
            comment?: string | null;
            /** @description who filled it in */
            respondent?: string | null;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Survey'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered forms as Excel (.xlsx) */
    get: {
      parameters: {
        query: {
          answered?: string;
          kind?: 'audit' | 'annual';
          lang?: 'zh' | 'en';
          page?: number;
          pageSize?: number;
          /** @description part of the client name */
          q?: string;
          quarter?: number;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The satisfaction form: its questions by stage, the full score and the stage weights */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyForm'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quarterly or annual satisfaction report */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          quarter?: number;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyReport'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/report/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The satisfaction report as Excel or PDF */
    get: {
      parameters: {
        query: {
          lang?: 'zh' | 'en';
          quarter?: number;
          year: number;
        };
        header?: never;
        path: {
          format: 'xlsx' | 'pdf';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook or PDF, as the path asks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suspension-proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suspension proposals raised by overdue surveillance */
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'accepted' | 'dismissed' | 'lapsed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SuspensionProposal'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suspension-proposals/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept: the certificate is suspended (surveillance not accepted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            from: string;
            reason: string;
            /** @description YYYY-MM-DD */
            until: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
              /** @description 基础人日数 as reported */
              baseAuditDays: number | null;
              /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
              baseAuditDaysByTable: number | null;
              /** @description why it differs from IAF MD 5, or why it was entered */
              baseAuditDaysReason: string | null;
              certificateNo: string;
              /** Format: uuid */
              clientId: string;
              cncaStatusCode: string;
              /** @description kept out of IAF CertSearch */
              confidential: boolean;
              /** @description 体系覆盖的员工数 */
              coveredEmployees: number | null;
              decisionOn: string;
              events: {
                at: string;
                decidedBy: string;
                details: {
                  [key: string]: unknown;
                };
                effectiveOn: string;
                ground: string | null;
                id: number;
                kind: string;
                reason: string;
              }[];
              expiresOn: string;
              /** @enum {string} */
              field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
              /** Format: uuid */
              id: string;
              issueOn: string;
              organisationName: string;
              originalIssueOn: string;
              revocationProposedOn: string | null;
              /**
               * @description 风险级别代码: 01 high, 02 medium, 03 low
               * @enum {string|null}
               */
              riskLevel: '01' | '02' | '03' | null;
              /** @enum {string} */
              scheme: 'management_system' | 'after_sales';
              scope: string;
              /** @description 服务认证所属领域代码 (after-sales certificates) */
              serviceAreaCode: string | null;
              sites: {
                address: string;
                name: string;
                scope?: string;
              }[];
              standard: string;
              starLevel: number | null;
              /** @enum {string} */
              status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
              suspendedFrom: string | null;
              suspendedScope: string | null;
              suspendedUntil: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suspension-proposals/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dismiss, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SuspensionProposalRecord'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts, filtered */
    get: {
      parameters: {
        query?: {
          active?: 'true' | 'false';
          branchId?: string;
          lang?: 'zh' | 'en';
          /** @description user name, name, e-mail or phone */
          q?: string;
          role?:
            | 'admin'
            | 'general_admin'
            | 'customer_service'
            | 'audit_management'
            | 'quality_technical'
            | 'decision_maker'
            | 'auditor'
            | 'client';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'][];
          };
        };
      };
    };
    put?: never;
    /** Create an account with a one-time password (changed at the first sign-in) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            branchId?: string | null;
            /** Format: uuid */
            clientId?: string | null;
            displayName: string;
            email?: string | null;
            /** @default false */
            manager?: boolean;
            /** @description a one-time password: the user must change it at the first sign-in */
            password: string;
            phone?: string | null;
            /** @enum {string} */
            role:
              | 'admin'
              | 'general_admin'
              | 'customer_service'
              | 'audit_management'
              | 'quality_technical'
              | 'decision_maker'
              | 'auditor'
              | 'client';
            username: string;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit exactly the fields sent */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            branchId?: string | null;
            /** Format: uuid */
            clientId?: string | null;
            displayName?: string;
            email?: string | null;
            manager?: boolean;
            phone?: string | null;
            /** @enum {string} */
            role?:
              | 'admin'
              | 'general_admin'
              | 'customer_service'
              | 'audit_management'
              | 'quality_technical'
              | 'decision_maker'
              | 'auditor'
              | 'client';
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable an account: its sessions end at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a disabled account with a new one-time password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description a new one-time password */
            password: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a new one-time password: the sessions end and the user changes it at sign-in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description a new one-time password */
            password: string;
            /** @description the version read; a stale one gets 409 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered accounts as Excel (.xlsx) */
    get: {
      parameters: {
        query?: {
          active?: 'true' | 'false';
          branchId?: string;
          lang?: 'zh' | 'en';
          /** @description user name, name, e-mail or phone */
          q?: string;
          role?:
            | 'admin'
            | 'general_admin'
            | 'customer_service'
            | 'audit_management'
            | 'quality_technical'
            | 'decision_maker'
            | 'auditor'
            | 'client';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Excel workbook (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/working-days/add': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The date N working days after a date (e.g. a 7-working-day deadline) */
    get: {
      parameters: {
        query: {
          days: number;
          /** @description YYYY-MM-DD */
          from: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: number;
              due: string;
              from: string;
              /** @description counted into a year whose holiday table is not entered */
              provisional: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is alive (does not touch the database) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'alive';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The database answers and holds the migrations of this version; 503 with a code otherwise */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Refused: the code and the reason in Chinese and English; nothing was changed */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiError'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              migration: string;
              /** @enum {string} */
              status: 'ready';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Accreditation: {
      /** @description 认可证书号 printed with the mark, e.g. CNAS C099-M */
      accreditationNo: string;
      /** @description e.g. CNAS */
      bodyAcronym: string;
      /** @description the accreditation body as IAF CertSearch names it */
      bodyNameEn: string;
      /** @description 认可机构中文名称, e.g. 中国合格评定国家认可委员会 */
      bodyNameZh: string;
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** @description 认可标志分类代码 of the CNCA report, two digits (01 = CNAS) */
      symbolCode: string;
      updatedAt: string;
      version: number;
    };
    AccreditationInput: {
      /** @description 认可证书号 printed with the mark, e.g. CNAS C099-M */
      accreditationNo: string;
      /** @description e.g. CNAS */
      bodyAcronym: string;
      /** @description the accreditation body as IAF CertSearch names it */
      bodyNameEn: string;
      /** @description 认可机构中文名称, e.g. 中国合格评定国家认可委员会 */
      bodyNameZh: string;
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** @description 认可标志分类代码 of the CNCA report, two digits (01 = CNAS) */
      symbolCode: string;
      updatedAt: string;
      version: number;
    };
    AnalysisChart: {
      categories: {
        en: string;
        zh: string;
      }[];
      id: string;
      series: {
        data: (number | null)[];
        name: {
          en: string;
          zh: string;
        };
        /** @enum {string} */
        type: 'bar' | 'line';
      }[];
      stack?: boolean;
      target?: {
        name: {
          en: string;
          zh: string;
        };
        value: number;
      };
      title: {
        en: string;
        zh: string;
      };
      /** @enum {string} */
      unit: 'count' | 'percent';
    };
    AnalysisChartInput: {
      categories: {
        en: string;
        zh: string;
      }[];
      id: string;
      series: {
        data: (number | null)[];
        name: {
          en: string;
          zh: string;
        };
        /** @enum {string} */
        type: 'bar' | 'line';
      }[];
      stack?: boolean;
      target?: {
        name: {
          en: string;
          zh: string;
        };
        value: number;
      };
      title: {
        en: string;
        zh: string;
      };
      /** @enum {string} */
      unit: 'count' | 'percent';
    };
    ApiError: {
      /** @description what was refused, e.g. CONCURRENCY.STALE_VERSION */
      code: string;
      details?: {
        /** @description VALIDATION.FAILED: each field refused */
        fields?: components['schemas']['FieldError'][];
        /** @description an import's rows refused */
        rows?: components['schemas']['ImportRowErrors'][];
      } & {
        [key: string]: unknown;
      };
      message: components['schemas']['Message'];
    };
    ApiErrorInput: {
      /** @description what was refused, e.g. CONCURRENCY.STALE_VERSION */
      code: string;
      details?: {
        /** @description VALIDATION.FAILED: each field refused */
        fields?: components['schemas']['FieldErrorInput'][];
        /** @description an import's rows refused */
        rows?: components['schemas']['ImportRowErrorsInput'][];
      } & {
        [key: string]: unknown;
      };
      message: components['schemas']['MessageInput'];
    };
    Audit: {
      actualEnd: string | null;
      actualStart: string | null;
      cancelReason: string | null;
      /** Format: uuid */
      clientId: string;
      /** Format: uuid */
      forAuditId: string | null;
      /** Format: uuid */
      id: string;
      /** @description 保持认证资格: the decision that kept the certificate after this surveillance, once taken */
      maintained: {
        decidedBy: string;
        decidedOn: string;
      } | null;
      plan: {
        activity: string;
        /** @description YYYY-MM-DD */
        date: string;
        from: string;
        site: string;
        to: string;
        /** Format: uuid */
        userId: string;
      }[];
      plannedEnd: string;
      plannedStart: string;
      /** Format: uuid */
      programmeId: string;
      rescheduleCount: number;
      /** @enum {string|null} */
      result: 'pass' | 'pass_after_correction' | 'fail' | null;
      resultNote: string | null;
      /** @description surveillance number within the cycle */
      sequence: number | null;
      sites: string[];
      /** @enum {string} */
      status: 'planned' | 'held' | 'cancelled';
      team: {
        name: string;
        /** @enum {string} */
        role: 'team_leader' | 'auditor' | 'technical_expert';
        /** Format: uuid */
        userId: string;
      }[];
      /** @enum {string|null} */
      trigger: 'SERIOUS_ACCIDENT' | 'MEDIA_EXPOSURE' | 'SUBSTANTIATED_COMPLAINT' | 'MAJOR_CHANGE' | 'CRITERIA_CHANGE' | 'OTHER' | null;
      triggerNote: string | null;
      /** @enum {string} */
      type:
        | 'document_review'
        | 'initial_stage1'
        | 'initial_stage2'
        | 'surveillance'
        | 'recertification'
        | 'extra'
        | 'mystery_shopping'
        | 'random_survey';
      version: number;
    };
    AuditInput: {
      actualEnd: string | null;
      actualStart: string | null;
      cancelReason: string | null;
      /** Format: uuid */
      clientId: string;
      /** Format: uuid */
      forAuditId: string | null;
      /** Format: uuid */
      id: string;
      /** @description 保持认证资格: the decision that kept the certificate after this surveillance, once taken */
      maintained: {
        decidedBy: string;
        decidedOn: string;
      } | null;
      plan: {
        activity: string;
        /** @description YYYY-MM-DD */
        date: string;
        from: string;
        site: string;
        to: string;
        /** Format: uuid */
        userId: string;
      }[];
      plannedEnd: string;
      plannedStart: string;
      /** Format: uuid */
      programmeId: string;
      rescheduleCount: number;
      /** @enum {string|null} */
      result: 'pass' | 'pass_after_correction' | 'fail' | null;
      resultNote: string | null;
      /** @description surveillance number within the cycle */
      sequence: number | null;
      sites: string[];
      /** @enum {string} */
      status: 'planned' | 'held' | 'cancelled';
      team: {
        name: string;
        /** @enum {string} */
        role: 'team_leader' | 'auditor' | 'technical_expert';
        /** Format: uuid */
        userId: string;
      }[];
      /** @enum {string|null} */
      trigger: 'SERIOUS_ACCIDENT' | 'MEDIA_EXPOSURE' | 'SUBSTANTIATED_COMPLAINT' | 'MAJOR_CHANGE' | 'CRITERIA_CHANGE' | 'OTHER' | null;
      triggerNote: string | null;
      /** @enum {string} */
      type:
        | 'document_review'
        | 'initial_stage1'
        | 'initial_stage2'
        | 'surveillance'
        | 'recertification'
        | 'extra'
        | 'mystery_shopping'
        | 'random_survey';
      version: number;
    };
    AuditLogEntry: {
      action: string;
      actionLabel: {
        en: string;
        zh: string;
      };
      /** @description who did it: a person, the system, or the user name typed at a failed sign-in */
      actor: {
        en: string;
        zh: string;
      };
      /** Format: uuid */
      actorId: string | null;
      /** @description the network address of the request */
      address: string | null;
      /** @description ISO instant */
      at: string;
      /** @description YYYY-MM-DD HH:mm:ss on the CB’s clock (CB_TIME_ZONE) */
      atLocal: string;
      changes: {
        /** @description the field as stored (for programs); show `label` */
        field: string;
        label: {
          en: string;
          zh: string;
        };
        new: {
          en: string;
          zh: string;
        } | null;
        old: {
          en: string;
          zh: string;
        } | null;
      }[];
      entity: string;
      /** @description for GET /api/audit-log/record; show `record` */
      entityId: string;
      entityLabel: {
        en: string;
        zh: string;
      };
      id: number;
      /** @description the record by its name or number */
      record: {
        en: string;
        zh: string;
      };
    };
    AuditLogEntryInput: {
      action: string;
      actionLabel: {
        en: string;
        zh: string;
      };
      /** @description who did it: a person, the system, or the user name typed at a failed sign-in */
      actor: {
        en: string;
        zh: string;
      };
      /** Format: uuid */
      actorId: string | null;
      /** @description the network address of the request */
      address: string | null;
      /** @description ISO instant */
      at: string;
      /** @description YYYY-MM-DD HH:mm:ss on the CB’s clock (CB_TIME_ZONE) */
      atLocal: string;
      changes: {
        /** @description the field as stored (for programs); show `label` */
        field: string;
        label: {
          en: string;
          zh: string;
        };
        new: {
          en: string;
          zh: string;
        } | null;
        old: {
          en: string;
          zh: string;
        } | null;
      }[];
      entity: string;
      /** @description for GET /api/audit-log/record; show `record` */
      entityId: string;
      entityLabel: {
        en: string;
        zh: string;
      };
      id: number;
      /** @description the record by its name or number */
      record: {
        en: string;
        zh: string;
      };
    };
    AuditorRegistration: {
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      fullTime: boolean | null;
      /** Format: uuid */
      id: string;
      identityNo: string | null;
      /** @enum {string|null} */
      identityType: '98' | '99' | '01' | '02' | '03' | '04' | '05' | '06' | null;
      /** @enum {string} */
      kind: 'auditor' | 'technical_expert';
      registrationNo: string;
      teamLeader: boolean;
      technicalAreas: string[];
      /** Format: uuid */
      userId: string;
      userName: string;
      validFrom: string;
      validUntil: string;
      version: number;
    };
    AuditorRegistrationInput: {
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      fullTime: boolean | null;
      /** Format: uuid */
      id: string;
      identityNo: string | null;
      /** @enum {string|null} */
      identityType: '98' | '99' | '01' | '02' | '03' | '04' | '05' | '06' | null;
      /** @enum {string} */
      kind: 'auditor' | 'technical_expert';
      registrationNo: string;
      teamLeader: boolean;
      technicalAreas: string[];
      /** Format: uuid */
      userId: string;
      userName: string;
      validFrom: string;
      validUntil: string;
      version: number;
    };
    Branch: {
      /** @description a deactivated branch keeps its clients and history; nobody new is put in it */
      active: boolean;
      /** @description active accounts in it */
      activeUsers: number;
      /** @description clients in it */
      clients: number;
      code: string;
      /** Format: uuid */
      id: string;
      nameEn: string;
      nameZh: string;
      version: number;
    };
    BranchInput: {
      /** @description a deactivated branch keeps its clients and history; nobody new is put in it */
      active: boolean;
      /** @description active accounts in it */
      activeUsers: number;
      /** @description clients in it */
      clients: number;
      code: string;
      /** Format: uuid */
      id: string;
      nameEn: string;
      nameZh: string;
      version: number;
    };
    CaseAnalysis: {
      byCategory: {
        category: string;
        count: number;
        name: {
          en: string;
          zh: string;
        };
      }[];
      charts: components['schemas']['AnalysisChart'][];
      quarter: number | null;
      tables: components['schemas']['ReportTable'][];
      total: number;
      year: number;
    };
    CaseAnalysisInput: {
      byCategory: {
        category: string;
        count: number;
        name: {
          en: string;
          zh: string;
        };
      }[];
      charts: components['schemas']['AnalysisChartInput'][];
      quarter: number | null;
      tables: components['schemas']['ReportTableInput'][];
      total: number;
      year: number;
    };
    Certificate: {
      address: string;
      allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
      /** @description 基础人日数 as reported */
      baseAuditDays: number | null;
      /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
      baseAuditDaysByTable: number | null;
      /** @description why it differs from IAF MD 5, or why it was entered */
      baseAuditDaysReason: string | null;
      certificateNo: string;
      /** Format: uuid */
      clientId: string;
      cncaStatusCode: string;
      /** @description kept out of IAF CertSearch */
      confidential: boolean;
      /** @description 体系覆盖的员工数 */
      coveredEmployees: number | null;
      decisionOn: string;
      expiresOn: string;
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** Format: uuid */
      id: string;
      issueOn: string;
      organisationName: string;
      originalIssueOn: string;
      revocationProposedOn: string | null;
      /**
       * @description 风险级别代码: 01 high, 02 medium, 03 low
       * @enum {string|null}
       */
      riskLevel: '01' | '02' | '03' | null;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      scope: string;
      /** @description 服务认证所属领域代码 (after-sales certificates) */
      serviceAreaCode: string | null;
      sites: {
        address: string;
        name: string;
        scope?: string;
      }[];
      standard: string;
      starLevel: number | null;
      /** @enum {string} */
      status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
      suspendedFrom: string | null;
      suspendedScope: string | null;
      suspendedUntil: string | null;
      version: number;
    };
    CertificateInput: {
      address: string;
      allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
      /** @description 基础人日数 as reported */
      baseAuditDays: number | null;
      /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
      baseAuditDaysByTable: number | null;
      /** @description why it differs from IAF MD 5, or why it was entered */
      baseAuditDaysReason: string | null;
      certificateNo: string;
      /** Format: uuid */
      clientId: string;
      cncaStatusCode: string;
      /** @description kept out of IAF CertSearch */
      confidential: boolean;
      /** @description 体系覆盖的员工数 */
      coveredEmployees: number | null;
      decisionOn: string;
      expiresOn: string;
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** Format: uuid */
      id: string;
      issueOn: string;
      organisationName: string;
      originalIssueOn: string;
      revocationProposedOn: string | null;
      /**
       * @description 风险级别代码: 01 high, 02 medium, 03 low
       * @enum {string|null}
       */
      riskLevel: '01' | '02' | '03' | null;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      scope: string;
      /** @description 服务认证所属领域代码 (after-sales certificates) */
      serviceAreaCode: string | null;
      sites: {
        address: string;
        name: string;
        scope?: string;
      }[];
      standard: string;
      starLevel: number | null;
      /** @enum {string} */
      status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
      suspendedFrom: string | null;
      suspendedScope: string | null;
      suspendedUntil: string | null;
      version: number;
    };
    CertificateListRow: {
      /** Format: uuid */
      branchId: string;
      branchName: {
        en: string;
        zh: string;
      };
      certificateNo: string;
      /** Format: uuid */
      clientId: string;
      /** @description kept out of IAF CertSearch */
      confidential: boolean;
      decisionOn: string;
      expiresOn: string;
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** Format: uuid */
      id: string;
      issueOn: string;
      organisationName: string;
      originalIssueOn: string;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      standard: string;
      starLevel: number | null;
      /** @enum {string} */
      status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
      suspendedFrom: string | null;
      suspendedScope: string | null;
      suspendedUntil: string | null;
    };
    CertificateListRowInput: {
      /** Format: uuid */
      branchId: string;
      branchName: {
        en: string;
        zh: string;
      };
      certificateNo: string;
      /** Format: uuid */
      clientId: string;
      /** @description kept out of IAF CertSearch */
      confidential: boolean;
      decisionOn: string;
      expiresOn: string;
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** Format: uuid */
      id: string;
      issueOn: string;
      organisationName: string;
      originalIssueOn: string;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      standard: string;
      starLevel: number | null;
      /** @enum {string} */
      status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
      suspendedFrom: string | null;
      suspendedScope: string | null;
      suspendedUntil: string | null;
    };
    CertificateMark: {
      fileName: string;
      /** @enum {string} */
      kind: 'certification' | 'accreditation';
      size: number;
      uploadedAt: string;
      uploadedBy: string;
    };
    CertificateMarkInput: {
      fileName: string;
      /** @enum {string} */
      kind: 'certification' | 'accreditation';
      size: number;
      uploadedAt: string;
      uploadedBy: string;
    };
    ChurnAnalysis: {
      /** @description percentage points */
      change: number | null;
      charts: components['schemas']['AnalysisChart'][];
      definition: {
        en: string;
        zh: string;
      };
      history: {
        abnormal: number;
        atStart: number;
        lost: number;
        lostAll: number;
        /** @description percent; null when there were no clients at the start of the year */
        rate: number | null;
        year: number;
      }[];
      lastYear: {
        abnormal: number;
        atStart: number;
        lost: number;
        lostAll: number;
        /** @description percent; null when there were no clients at the start of the year */
        rate: number | null;
        year: number;
      };
      tables: components['schemas']['ReportTable'][];
      thisYear: {
        abnormal: number;
        atStart: number;
        lost: number;
        lostAll: number;
        /** @description percent; null when there were no clients at the start of the year */
        rate: number | null;
        year: number;
      };
      year: number;
    };
    ChurnAnalysisInput: {
      /** @description percentage points */
      change: number | null;
      charts: components['schemas']['AnalysisChartInput'][];
      definition: {
        en: string;
        zh: string;
      };
      history: {
        abnormal: number;
        atStart: number;
        lost: number;
        lostAll: number;
        /** @description percent; null when there were no clients at the start of the year */
        rate: number | null;
        year: number;
      }[];
      lastYear: {
        abnormal: number;
        atStart: number;
        lost: number;
        lostAll: number;
        /** @description percent; null when there were no clients at the start of the year */
        rate: number | null;
        year: number;
      };
      tables: components['schemas']['ReportTableInput'][];
      thisYear: {
        abnormal: number;
        atStart: number;
        lost: number;
        lostAll: number;
        /** @description percent; null when there were no clients at the start of the year */
        rate: number | null;
        year: number;
      };
      year: number;
    };
    ClassificationCampaign: {
      clients: {
        /** @description its branch, in Chinese */
        branch: string;
        branchEn: string;
        contractNo: string;
        /**
         * @description the current grade
         * @enum {string|null}
         */
        grade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
        /**
         * @description the year's latest grading; null while ungraded
         * @enum {string|null}
         */
        gradeThisYear: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      /** @description the end of the evaluation month */
      dueOn: string;
      /** @description of those, graded this year */
      graded: number;
      /** @description clients holding a live management-system certificate */
      total: number;
      year: number;
    };
    ClassificationCampaignInput: {
      clients: {
        /** @description its branch, in Chinese */
        branch: string;
        branchEn: string;
        contractNo: string;
        /**
         * @description the current grade
         * @enum {string|null}
         */
        grade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
        /**
         * @description the year's latest grading; null while ungraded
         * @enum {string|null}
         */
        gradeThisYear: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      /** @description the end of the evaluation month */
      dueOn: string;
      /** @description of those, graded this year */
      graded: number;
      /** @description clients holding a live management-system certificate */
      total: number;
      year: number;
    };
    ClassificationItem: {
      /** @description on the form; an item taken out keeps the grades past gradings gave it */
      active: boolean;
      code: string;
      nameEn: string;
      nameZh: string;
      /** @description its place on the form */
      sort: number;
      /** @enum {string} */
      system: 'QMS' | 'EMS' | 'OHSMS';
    };
    ClassificationItemInput: {
      /** @description on the form; an item taken out keeps the grades past gradings gave it */
      active: boolean;
      code: string;
      nameEn: string;
      nameZh: string;
      /** @description its place on the form */
      sort: number;
      /** @enum {string} */
      system: 'QMS' | 'EMS' | 'OHSMS';
    };
    ClassificationReport: {
      /** @description by branch name (Chinese); a grade nobody got is absent */
      byBranch: {
        [key: string]: {
          [key: string]: number;
        };
      };
      /** @description clients by grade, keyed A+ … C-: every grade, 0 when nobody got it */
      byGrade: {
        [key: string]: number;
      };
      /** @description by the first level of the first 专业代码 (— when none) */
      byIndustry: {
        [key: string]: {
          [key: string]: number;
        };
      };
      /** @description system grades by management system (keyed QMS / EMS / OHSMS) */
      bySystem: {
        [key: string]: {
          [key: string]: number;
        };
      };
      /** @description clients whose grade rose, fell or stayed since last year; new: not graded last year */
      changes: {
        down: number;
        new: number;
        same: number;
        up: number;
      };
      /** @description the charts the page draws and the files carry */
      charts: components['schemas']['ReportChart'][];
      /** @description clients graded in the year */
      graded: number;
      /** @description null until marked issued */
      issued: components['schemas']['ClassificationReportIssue'] | null;
      /** @description last year's, likewise */
      lastYearByGrade: {
        [key: string]: number;
      };
      year: number;
    };
    ClassificationReportInput: {
      /** @description by branch name (Chinese); a grade nobody got is absent */
      byBranch: {
        [key: string]: {
          [key: string]: number;
        };
      };
      /** @description clients by grade, keyed A+ … C-: every grade, 0 when nobody got it */
      byGrade: {
        [key: string]: number;
      };
      /** @description by the first level of the first 专业代码 (— when none) */
      byIndustry: {
        [key: string]: {
          [key: string]: number;
        };
      };
      /** @description system grades by management system (keyed QMS / EMS / OHSMS) */
      bySystem: {
        [key: string]: {
          [key: string]: number;
        };
      };
      /** @description clients whose grade rose, fell or stayed since last year; new: not graded last year */
      changes: {
        down: number;
        new: number;
        same: number;
        up: number;
      };
      /** @description the charts the page draws and the files carry */
      charts: components['schemas']['ReportChartInput'][];
      /** @description clients graded in the year */
      graded: number;
      /** @description null until marked issued */
      issued: components['schemas']['ClassificationReportIssueInput'] | null;
      /** @description last year's, likewise */
      lastYearByGrade: {
        [key: string]: number;
      };
      year: number;
    };
    ClassificationReportIssue: {
      issuedBy: string;
      /** @description YYYY-MM-DD */
      issuedOn: string;
      year: number;
    };
    ClassificationReportIssueInput: {
      issuedBy: string;
      /** @description YYYY-MM-DD */
      issuedOn: string;
      year: number;
    };
    Client: {
      actualSurveillanceOn: string | null;
      address: string;
      applicationAcceptedOn: string | null;
      /** Format: uuid */
      branchId: string;
      branchName: {
        en: string;
        zh: string;
      };
      certificateNos: string[];
      confidential: boolean;
      contactPerson: string | null;
      contractNo: string;
      createdAt: string;
      /** @description on the serious-dishonesty list (严重违法失信名单) since */
      dishonestyListedOn: string | null;
      dishonestyRemovedOn: string | null;
      dishonestySource: string | null;
      email: string | null;
      employeeCount: number | null;
      formerNames: string[];
      /** @description credit codes it had before a correction */
      formerUsccs: string[];
      /** @enum {string|null} */
      grade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
      /** Format: uuid */
      id: string;
      industryCodes: string[];
      initialAuditFee: number | null;
      initialAuditOn: string | null;
      legalRepresentative: string | null;
      name: string;
      /** @enum {string|null} */
      organisationType:
        | '010000'
        | '020000'
        | '030000'
        | '040000'
        | '040100'
        | '040101'
        | '040102'
        | '040103'
        | '040104'
        | '040105'
        | '040106'
        | '040107'
        | '040108'
        | '040109'
        | '040110'
        | '040199'
        | '040200'
        | '040300'
        | '040301'
        | '040302'
        | '040303'
        | '040304'
        | '050000'
        | null;
      phone: string | null;
      plannedSurveillanceOn: string | null;
      postcode: string | null;
      province: string;
      /** @description 万元 */
      registeredCapital: number | null;
      /** @enum {string|null} */
      registeredCapitalCurrency: '10' | '11' | '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | null;
      scope: string | null;
      /** @enum {string} */
      status: 'active' | 'abnormal' | 'lost';
      surveillanceFee: number | null;
      technicalAreaCodes: string[];
      updatedAt: string;
      uscc: string;
      version: number;
      vip: boolean;
    };
    ClientClassification: {
      /** @description a recent bad record (不良记录), offered as the C override */
      badRecord: {
        /** @enum {string} */
        basis: 'incident' | 'suspension';
        /** @description an incident: its risk kind; a suspension: the certificate number */
        detail: string;
        /** @description YYYY-MM-DD */
        on: string;
      }[];
      /**
       * @description the current grade; null before the first grading
       * @enum {string|null}
       */
      grade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
      /** @description newest first */
      history: components['schemas']['ClientEvaluation'][];
      /** @description the active items of those systems: the evaluation form */
      items: components['schemas']['ClassificationItem'][];
      /** @description the systems it holds a live (valid or suspended) certificate in: what is graded */
      systems: ('QMS' | 'EMS' | 'OHSMS')[];
    };
    ClientClassificationInput: {
      /** @description a recent bad record (不良记录), offered as the C override */
      badRecord: {
        /** @enum {string} */
        basis: 'incident' | 'suspension';
        /** @description an incident: its risk kind; a suspension: the certificate number */
        detail: string;
        /** @description YYYY-MM-DD */
        on: string;
      }[];
      /**
       * @description the current grade; null before the first grading
       * @enum {string|null}
       */
      grade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
      /** @description newest first */
      history: components['schemas']['ClientEvaluationInput'][];
      /** @description the active items of those systems: the evaluation form */
      items: components['schemas']['ClassificationItemInput'][];
      /** @description the systems it holds a live (valid or suspended) certificate in: what is graded */
      systems: ('QMS' | 'EMS' | 'OHSMS')[];
    };
    ClientCommunication: {
      contacts: components['schemas']['Contact'][];
      losses: components['schemas']['Loss'][];
      maintainer: components['schemas']['Maintainer'] | null;
      requests: components['schemas']['ClientRequest'][];
      suggestions: components['schemas']['Suggestion'][];
    };
    ClientCommunicationInput: {
      contacts: components['schemas']['ContactInput'][];
      losses: components['schemas']['LossInput'][];
      maintainer: components['schemas']['MaintainerInput'] | null;
      requests: components['schemas']['ClientRequestInput'][];
      suggestions: components['schemas']['SuggestionInput'][];
    };
    ClientEvaluation: {
      /**
       * Format: uuid
       * @description the audit whose evaluation form (受审核方体系有效性水平评价表) this is
       */
      auditId: string | null;
      /** Format: uuid */
      clientId: string;
      /** @description the grader's name */
      evaluatedBy: string;
      /** @description YYYY-MM-DD */
      evaluatedOn: string;
      /** Format: uuid */
      id: string;
      /** @description grade per evaluation item code */
      itemGrades: {
        [key: string]: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-';
      };
      note: string | null;
      /**
       * @description the lowest system grade (多体系取最低), then the overrides
       * @enum {string}
       */
      overallGrade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-';
      overrides: ('bad_record' | 'certificate_only' | 'leading')[];
      /**
       * @description 年度评价 / 审核评价表 / 风险信息 / 随时调整
       * @enum {string}
       */
      source: 'annual' | 'audit' | 'risk' | 'adjustment';
      /** @description grade per management system held (keyed QMS / EMS / OHSMS), from its items */
      systemGrades: {
        [key: string]: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-';
      };
      /** @description the year of evaluatedOn: the annual evaluation it counts for */
      year: number;
    };
    ClientEvaluationInput: {
      /**
       * Format: uuid
       * @description the audit whose evaluation form (受审核方体系有效性水平评价表) this is
       */
      auditId: string | null;
      /** Format: uuid */
      clientId: string;
      /** @description the grader's name */
      evaluatedBy: string;
      /** @description YYYY-MM-DD */
      evaluatedOn: string;
      /** Format: uuid */
      id: string;
      /** @description grade per evaluation item code */
      itemGrades: {
        [key: string]: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-';
      };
      note: string | null;
      /**
       * @description the lowest system grade (多体系取最低), then the overrides
       * @enum {string}
       */
      overallGrade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-';
      overrides: ('bad_record' | 'certificate_only' | 'leading')[];
      /**
       * @description 年度评价 / 审核评价表 / 风险信息 / 随时调整
       * @enum {string}
       */
      source: 'annual' | 'audit' | 'risk' | 'adjustment';
      /** @description grade per management system held (keyed QMS / EMS / OHSMS), from its items */
      systemGrades: {
        [key: string]: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-';
      };
      /** @description the year of evaluatedOn: the annual evaluation it counts for */
      year: number;
    };
    ClientEvent: {
      attendees: number;
      /**
       * Format: uuid
       * @description the branch that held it; none: the head office
       */
      branchId: string | null;
      /** @description YYYY-MM-DD */
      heldOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'symposium' | 'training' | 'other';
      note: string | null;
      /** @description the name of who recorded it */
      recordedBy: string;
      title: string;
    };
    ClientEventInput: {
      attendees: number;
      /**
       * Format: uuid
       * @description the branch that held it; none: the head office
       */
      branchId: string | null;
      /** @description YYYY-MM-DD */
      heldOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'symposium' | 'training' | 'other';
      note: string | null;
      /** @description the name of who recorded it */
      recordedBy: string;
      title: string;
    };
    ClientInput: {
      actualSurveillanceOn: string | null;
      address: string;
      applicationAcceptedOn: string | null;
      /** Format: uuid */
      branchId: string;
      branchName: {
        en: string;
        zh: string;
      };
      certificateNos: string[];
      confidential: boolean;
      contactPerson: string | null;
      contractNo: string;
      createdAt: string;
      /** @description on the serious-dishonesty list (严重违法失信名单) since */
      dishonestyListedOn: string | null;
      dishonestyRemovedOn: string | null;
      dishonestySource: string | null;
      email: string | null;
      employeeCount: number | null;
      formerNames: string[];
      /** @description credit codes it had before a correction */
      formerUsccs: string[];
      /** @enum {string|null} */
      grade: 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | null;
      /** Format: uuid */
      id: string;
      industryCodes: string[];
      initialAuditFee: number | null;
      initialAuditOn: string | null;
      legalRepresentative: string | null;
      name: string;
      /** @enum {string|null} */
      organisationType:
        | '010000'
        | '020000'
        | '030000'
        | '040000'
        | '040100'
        | '040101'
        | '040102'
        | '040103'
        | '040104'
        | '040105'
        | '040106'
        | '040107'
        | '040108'
        | '040109'
        | '040110'
        | '040199'
        | '040200'
        | '040300'
        | '040301'
        | '040302'
        | '040303'
        | '040304'
        | '050000'
        | null;
      phone: string | null;
      plannedSurveillanceOn: string | null;
      postcode: string | null;
      province: string;
      /** @description 万元 */
      registeredCapital: number | null;
      /** @enum {string|null} */
      registeredCapitalCurrency: '10' | '11' | '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | null;
      scope: string | null;
      /** @enum {string} */
      status: 'active' | 'abnormal' | 'lost';
      surveillanceFee: number | null;
      technicalAreaCodes: string[];
      updatedAt: string;
      uscc: string;
      version: number;
      vip: boolean;
    };
    ClientRequest: {
      /**
       * @description (a) unreasonable, (b) within the department’s authority, (c) beyond it
       * @enum {string}
       */
      class: 'unreasonable' | 'within_authority' | 'beyond_authority';
      /** Format: uuid */
      clientId: string;
      clientName: string;
      /** @description YYYY-MM-DD */
      closedOn: string | null;
      content: string;
      /**
       * Format: uuid
       * @description class (c): the manager it went to, who closes it
       */
      escalatedToId: string | null;
      escalatedToName: string | null;
      /** Format: uuid */
      id: string;
      /** @description the explanation (a), what was done (b) or the manager’s answer (c) (处理结果) */
      outcome: string | null;
      /** @description YYYY-MM-DD */
      receivedOn: string;
      /** @description the name of who logged it */
      recordedBy: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      version: number;
    };
    ClientRequestInput: {
      /**
       * @description (a) unreasonable, (b) within the department’s authority, (c) beyond it
       * @enum {string}
       */
      class: 'unreasonable' | 'within_authority' | 'beyond_authority';
      /** Format: uuid */
      clientId: string;
      clientName: string;
      /** @description YYYY-MM-DD */
      closedOn: string | null;
      content: string;
      /**
       * Format: uuid
       * @description class (c): the manager it went to, who closes it
       */
      escalatedToId: string | null;
      escalatedToName: string | null;
      /** Format: uuid */
      id: string;
      /** @description the explanation (a), what was done (b) or the manager’s answer (c) (处理结果) */
      outcome: string | null;
      /** @description YYYY-MM-DD */
      receivedOn: string;
      /** @description the name of who logged it */
      recordedBy: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      version: number;
    };
    Complaint: {
      answer: string | null;
      answerDueOn: string;
      answeredBy: string | null;
      answeredOn: string | null;
      /** @enum {string|null} */
      cause:
        | 'auditor_conduct'
        | 'audit_findings'
        | 'certification_decision'
        | 'fees_contract'
        | 'service_timeliness'
        | 'impartiality'
        | 'certified_performance'
        | 'certificate_misuse'
        | 'other'
        | null;
      certificateNo: string | null;
      /** @enum {string} */
      channel: 'portal' | 'staff' | 'public';
      /** Format: uuid */
      clientId: string | null;
      clientName: string | null;
      closedOn: string | null;
      closingNote: string | null;
      complainantContact: string;
      complainantName: string;
      description: string;
      escalatedOn: string | null;
      escalationNote: string | null;
      /** Format: uuid */
      id: string;
      investigationNote: string | null;
      /** @enum {string} */
      kind: 'complaint' | 'appeal';
      number: string;
      organisation: string | null;
      overdue: boolean;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      receivedOn: string;
      /** @enum {string} */
      status: 'received' | 'investigating' | 'answered' | 'escalated' | 'closed';
      subject: string;
      version: number;
    };
    ComplaintInput: {
      answer: string | null;
      answerDueOn: string;
      answeredBy: string | null;
      answeredOn: string | null;
      /** @enum {string|null} */
      cause:
        | 'auditor_conduct'
        | 'audit_findings'
        | 'certification_decision'
        | 'fees_contract'
        | 'service_timeliness'
        | 'impartiality'
        | 'certified_performance'
        | 'certificate_misuse'
        | 'other'
        | null;
      certificateNo: string | null;
      /** @enum {string} */
      channel: 'portal' | 'staff' | 'public';
      /** Format: uuid */
      clientId: string | null;
      clientName: string | null;
      closedOn: string | null;
      closingNote: string | null;
      complainantContact: string;
      complainantName: string;
      description: string;
      escalatedOn: string | null;
      escalationNote: string | null;
      /** Format: uuid */
      id: string;
      investigationNote: string | null;
      /** @enum {string} */
      kind: 'complaint' | 'appeal';
      number: string;
      organisation: string | null;
      overdue: boolean;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      receivedOn: string;
      /** @enum {string} */
      status: 'received' | 'investigating' | 'answered' | 'escalated' | 'closed';
      subject: string;
      version: number;
    };
    Contact: {
      /** @description the surveillance date agreed with the client */
      agreedSurveillanceOn: string | null;
      /** @description what the client asks of its next audit (审核需求) */
      auditNeeds: string | null;
      /** @description their name, as it was then */
      byName: string;
      /**
       * Format: uuid
       * @description the staff member who made the contact
       */
      byUserId: string | null;
      /** Format: uuid */
      clientId: string;
      /** @description YYYY-MM-DD */
      contactedOn: string;
      /** @description a phone follow-up (电话回访): counts towards the yearly follow-up share */
      followUp: boolean;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'visit' | 'phone' | 'email' | 'event';
      summary: string;
    };
    ContactInput: {
      /** @description the surveillance date agreed with the client */
      agreedSurveillanceOn: string | null;
      /** @description what the client asks of its next audit (审核需求) */
      auditNeeds: string | null;
      /** @description their name, as it was then */
      byName: string;
      /**
       * Format: uuid
       * @description the staff member who made the contact
       */
      byUserId: string | null;
      /** Format: uuid */
      clientId: string;
      /** @description YYYY-MM-DD */
      contactedOn: string;
      /** @description a phone follow-up (电话回访): counts towards the yearly follow-up share */
      followUp: boolean;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'visit' | 'phone' | 'email' | 'event';
      summary: string;
    };
    ContractChange: {
      appliedBy: string | null;
      appliedOn: string | null;
      applyNote: string | null;
      /** Format: uuid */
      auditId: string | null;
      /** Format: uuid */
      certificateId: string | null;
      certificateNo: string | null;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      description: string;
      documents: string[];
      /** @description the role that carries it out */
      executor: string;
      filedBy: string;
      filedOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'name'
        | 'contact'
        | 'address_sites'
        | 'legal_status'
        | 'key_management'
        | 'system_process'
        | 'scope_extension'
        | 'scope_reduction'
        | 'fees';
      number: string;
      proposed: {
        address?: string;
        contactPerson?: string;
        /**
         * Format: email
         * @description where notices are e-mailed
         */
        email?: string;
        initialAuditFee?: number;
        name?: string;
        phone?: string;
        scope?: string;
        sites?: {
          address: string;
          name: string;
          scope?: string;
        }[];
        surveillanceFee?: number;
      };
      /** Format: uuid */
      raisedInAuditId: string | null;
      reviewedBy: string | null;
      reviewedOn: string | null;
      /** @description the role that reviews this kind */
      reviewer: string;
      reviewNote: string | null;
      /** @enum {string} */
      status: 'submitted' | 'awaiting_audit' | 'approved' | 'rejected' | 'applied';
      version: number;
    };
    ContractChangeInput: {
      appliedBy: string | null;
      appliedOn: string | null;
      applyNote: string | null;
      /** Format: uuid */
      auditId: string | null;
      /** Format: uuid */
      certificateId: string | null;
      certificateNo: string | null;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      description: string;
      documents: string[];
      /** @description the role that carries it out */
      executor: string;
      filedBy: string;
      filedOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'name'
        | 'contact'
        | 'address_sites'
        | 'legal_status'
        | 'key_management'
        | 'system_process'
        | 'scope_extension'
        | 'scope_reduction'
        | 'fees';
      number: string;
      proposed: {
        address?: string;
        contactPerson?: string;
        /**
         * Format: email
         * @description where notices are e-mailed
         */
        email?: string;
        initialAuditFee?: number;
        name?: string;
        phone?: string;
        scope?: string;
        sites?: {
          address: string;
          name: string;
          scope?: string;
        }[];
        surveillanceFee?: number;
      };
      /** Format: uuid */
      raisedInAuditId: string | null;
      reviewedBy: string | null;
      reviewedOn: string | null;
      /** @description the role that reviews this kind */
      reviewer: string;
      reviewNote: string | null;
      /** @enum {string} */
      status: 'submitted' | 'awaiting_audit' | 'approved' | 'rejected' | 'applied';
      version: number;
    };
    CredibilityReport: {
      byKind: {
        average: number | null;
        count: number;
        /** @enum {string} */
        kind: 'authority' | 'community' | 'customer';
      }[];
      /** @description in the order recorded */
      responses: components['schemas']['CredibilityResponse'][];
      year: number;
    };
    CredibilityReportInput: {
      byKind: {
        average: number | null;
        count: number;
        /** @enum {string} */
        kind: 'authority' | 'community' | 'customer';
      }[];
      /** @description in the order recorded */
      responses: components['schemas']['CredibilityResponseInput'][];
      year: number;
    };
    CredibilityResponse: {
      /**
       * Format: uuid
       * @description the certified client the response is about, if any
       */
      clientId: string | null;
      comment: string | null;
      /** Format: uuid */
      id: string;
      recordedBy: string;
      /** @description YYYY-MM-DD */
      recordedOn: string;
      respondent: string;
      /**
       * @description 政府部门 / 社区 / 获证组织的顾客
       * @enum {string}
       */
      respondentKind: 'authority' | 'community' | 'customer';
      score: number;
      year: number;
    };
    CredibilityResponseInput: {
      /**
       * Format: uuid
       * @description the certified client the response is about, if any
       */
      clientId: string | null;
      comment: string | null;
      /** Format: uuid */
      id: string;
      recordedBy: string;
      /** @description YYYY-MM-DD */
      recordedOn: string;
      respondent: string;
      /**
       * @description 政府部门 / 社区 / 获证组织的顾客
       * @enum {string}
       */
      respondentKind: 'authority' | 'community' | 'customer';
      score: number;
      year: number;
    };
    Dashboard: {
      /** @description the administrator’s: the database backups’ health */
      backup?: {
        /** @description the daily backup fails */
        failing: boolean;
        /** @description when the newest backup was taken (ISO timestamp) */
        lastAt: string | null;
        /** @description the newest backup is too old, or there is none */
        stale: boolean;
        staleAfterDays: number;
      } | null;
      /** @description left out where it is not the role’s work (an auditor) */
      certificatesByStatus?: {
        [key: string]: number;
      };
      /** @description the year’s classification campaign (年度分类评价) */
      classification?: {
        /** @description the annual evaluation is due by */
        dueOn: string;
        graded: number;
        total: number;
      } | null;
      /** @description client maintenance (客户维护) meters of the year */
      communication?: {
        /** @description clients below their yearly contact minimum */
        below: number;
        clients: number;
        /** @description client events held this year */
        events: number;
        /** @description client events a branch holds a year */
        eventsRequired: number;
        /** @description phone follow-ups (回访) this year */
        followUps: number;
        followUpTarget: number;
      } | null;
      /** @description the department’s due-list; null for an auditor and for roles that may not read it */
      due?: {
        /** @description due items per window */
        counts: {
          first: number;
          overdue: number;
          second: number;
          third: number;
        };
        /** @description the first overdue items of the department */
        overdue: components['schemas']['DueItem'][];
        /** @description the due-list windows, in days (30 / 60 / 90 by default) */
        windowDays: number[];
      } | null;
      dueByKind?: {
        kind: string;
        overdue: number;
        /** @description due within the first window */
        soon: number;
      }[];
      /** @description the next six months */
      dueByMonth?: {
        /** @description YYYY-MM */
        month: string;
        n: number;
      }[];
      /** @description clients per classification grade (分类等级), every grade; null when none is graded or it is not the role’s work */
      gradeDistribution?: {
        [key: string]: number;
      } | null;
      /** @description an auditor’s held audits waiting for its work (after-sales GB/T 27922 assessment), the ten waiting longest; null for other roles */
      heldAudits?: {
        items: {
          /** @description YYYY-MM-DD */
          actualEnd: string;
          /** @description YYYY-MM-DD */
          actualStart: string | null;
          /** Format: uuid */
          clientId: string;
          clientName: string;
          /** Format: uuid */
          id: string;
          /**
           * @description score: the GB/T 27922 sheet is not scored yet; verify: a nonconformity’s correction is not verified; conclude: the team leader’s conclusion
           * @enum {string}
           */
          owed: 'score' | 'verify' | 'conclude';
          /** @enum {string} */
          teamRole: 'team_leader' | 'auditor' | 'technical_expert';
          /** @enum {string} */
          type:
            | 'document_review'
            | 'initial_stage1'
            | 'initial_stage2'
            | 'surveillance'
            | 'recertification'
            | 'extra'
            | 'mystery_shopping'
            | 'random_survey';
        }[];
        /** @description all of them; `items` holds those waiting longest */
        total: number;
      } | null;
      /** @description years whose holiday table is owed and not entered: deadlines counted into them are provisional */
      holidayYearsMissing?: number[];
      /** @description an auditor’s own planned audits, the next ten; null for other roles */
      myAudits?:
        | {
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** Format: uuid */
            id: string;
            /** @description YYYY-MM-DD */
            plannedEnd: string;
            /** @description YYYY-MM-DD */
            plannedStart: string;
            /** @enum {string} */
            teamRole: 'team_leader' | 'auditor' | 'technical_expert';
            /** @enum {string} */
            type:
              | 'document_review'
              | 'initial_stage1'
              | 'initial_stage2'
              | 'surveillance'
              | 'recertification'
              | 'extra'
              | 'mystery_shopping'
              | 'random_survey';
          }[]
        | null;
      /** @description a portal user’s page only */
      portal?: {
        /** @description its own certificates by status */
        certificates: {
          [key: string]: number;
        };
        /** @description satisfaction surveys (满意度调查) sent to the organisation and not answered */
        openSurveys: number;
      };
      /** @enum {string} */
      role:
        'admin' | 'general_admin' | 'customer_service' | 'audit_management' | 'quality_technical' | 'decision_maker' | 'auditor' | 'client';
      /** @description the year’s satisfaction surveys (满意度调查) */
      survey?: {
        answered: number;
        /** @description dissatisfied answers (不满意), each filed as a complaint */
        dissatisfied: number;
        issued: number;
        /** @description percent; null when none was issued */
        returnRate: number | null;
        /** @description the return rate aimed at, percent */
        target: number;
        /** @description the mean total score; null when none was answered */
        total: number | null;
      } | null;
      /** @description YYYY-MM-DD */
      today: string;
      unusual?: {
        /** @description complaints past their answer date; null: not the role’s work */
        complaintsOverdue: number | null;
        /** @description open risk incidents; null: not the role’s work */
        incidentsOpen: number | null;
        /** @description notice e-mails that failed for good; null: the role does not look after the mail */
        mailFailed: number | null;
        /** @description suspended certificates; null: not the role’s work */
        suspended: number | null;
      };
      /** @description the due-list windows, in days (30 / 60 / 90 by default) */
      windowDays?: number[];
    };
    DashboardInput: {
      /** @description the administrator’s: the database backups’ health */
      backup?: {
        /** @description the daily backup fails */
        failing: boolean;
        /** @description when the newest backup was taken (ISO timestamp) */
        lastAt: string | null;
        /** @description the newest backup is too old, or there is none */
        stale: boolean;
        staleAfterDays: number;
      } | null;
      /** @description left out where it is not the role’s work (an auditor) */
      certificatesByStatus?: {
        [key: string]: number;
      };
      /** @description the year’s classification campaign (年度分类评价) */
      classification?: {
        /** @description the annual evaluation is due by */
        dueOn: string;
        graded: number;
        total: number;
      } | null;
      /** @description client maintenance (客户维护) meters of the year */
      communication?: {
        /** @description clients below their yearly contact minimum */
        below: number;
        clients: number;
        /** @description client events held this year */
        events: number;
        /** @description client events a branch holds a year */
        eventsRequired: number;
        /** @description phone follow-ups (回访) this year */
        followUps: number;
        followUpTarget: number;
      } | null;
      /** @description the department’s due-list; null for an auditor and for roles that may not read it */
      due?: {
        /** @description due items per window */
        counts: {
          first: number;
          overdue: number;
          second: number;
          third: number;
        };
        /** @description the first overdue items of the department */
        overdue: components['schemas']['DueItemInput'][];
        /** @description the due-list windows, in days (30 / 60 / 90 by default) */
        windowDays: number[];
      } | null;
      dueByKind?: {
        kind: string;
        overdue: number;
        /** @description due within the first window */
        soon: number;
      }[];
      /** @description the next six months */
      dueByMonth?: {
        /** @description YYYY-MM */
        month: string;
        n: number;
      }[];
      /** @description clients per classification grade (分类等级), every grade; null when none is graded or it is not the role’s work */
      gradeDistribution?: {
        [key: string]: number;
      } | null;
      /** @description an auditor’s held audits waiting for its work (after-sales GB/T 27922 assessment), the ten waiting longest; null for other roles */
      heldAudits?: {
        items: {
          /** @description YYYY-MM-DD */
          actualEnd: string;
          /** @description YYYY-MM-DD */
          actualStart: string | null;
          /** Format: uuid */
          clientId: string;
          clientName: string;
          /** Format: uuid */
          id: string;
          /**
           * @description score: the GB/T 27922 sheet is not scored yet; verify: a nonconformity’s correction is not verified; conclude: the team leader’s conclusion
           * @enum {string}
           */
          owed: 'score' | 'verify' | 'conclude';
          /** @enum {string} */
          teamRole: 'team_leader' | 'auditor' | 'technical_expert';
          /** @enum {string} */
          type:
            | 'document_review'
            | 'initial_stage1'
            | 'initial_stage2'
            | 'surveillance'
            | 'recertification'
            | 'extra'
            | 'mystery_shopping'
            | 'random_survey';
        }[];
        /** @description all of them; `items` holds those waiting longest */
        total: number;
      } | null;
      /** @description years whose holiday table is owed and not entered: deadlines counted into them are provisional */
      holidayYearsMissing?: number[];
      /** @description an auditor’s own planned audits, the next ten; null for other roles */
      myAudits?:
        | {
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** Format: uuid */
            id: string;
            /** @description YYYY-MM-DD */
            plannedEnd: string;
            /** @description YYYY-MM-DD */
            plannedStart: string;
            /** @enum {string} */
            teamRole: 'team_leader' | 'auditor' | 'technical_expert';
            /** @enum {string} */
            type:
              | 'document_review'
              | 'initial_stage1'
              | 'initial_stage2'
              | 'surveillance'
              | 'recertification'
              | 'extra'
              | 'mystery_shopping'
              | 'random_survey';
          }[]
        | null;
      /** @description a portal user’s page only */
      portal?: {
        /** @description its own certificates by status */
        certificates: {
          [key: string]: number;
        };
        /** @description satisfaction surveys (满意度调查) sent to the organisation and not answered */
        openSurveys: number;
      };
      /** @enum {string} */
      role:
        'admin' | 'general_admin' | 'customer_service' | 'audit_management' | 'quality_technical' | 'decision_maker' | 'auditor' | 'client';
      /** @description the year’s satisfaction surveys (满意度调查) */
      survey?: {
        answered: number;
        /** @description dissatisfied answers (不满意), each filed as a complaint */
        dissatisfied: number;
        issued: number;
        /** @description percent; null when none was issued */
        returnRate: number | null;
        /** @description the return rate aimed at, percent */
        target: number;
        /** @description the mean total score; null when none was answered */
        total: number | null;
      } | null;
      /** @description YYYY-MM-DD */
      today: string;
      unusual?: {
        /** @description complaints past their answer date; null: not the role’s work */
        complaintsOverdue: number | null;
        /** @description open risk incidents; null: not the role’s work */
        incidentsOpen: number | null;
        /** @description notice e-mails that failed for good; null: the role does not look after the mail */
        mailFailed: number | null;
        /** @description suspended certificates; null: not the role’s work */
        suspended: number | null;
      };
      /** @description the due-list windows, in days (30 / 60 / 90 by default) */
      windowDays?: number[];
    };
    DueItem: {
      /** Format: uuid */
      auditId: string | null;
      basis:
        | (
            | 'FIRST_WITHIN'
            | 'INTERVAL'
            | 'CALENDAR_YEAR'
            | 'MIN_PER_CYCLE'
            | 'WITH_SURVEILLANCE'
            | 'RANDOM_SURVEY_INTERVAL'
            | 'BEFORE_EXPIRY'
            | 'AWAITING_DECISION'
            | 'PLANNED'
            | 'CNCA_REPORT'
          )
        | string;
      /** Format: uuid */
      branchId: string | null;
      branchName: {
        en: string;
        zh: string;
      } | null;
      /** @enum {string} */
      bucket: 'overdue' | 'first' | 'second' | 'third' | 'later';
      /** Format: uuid */
      certificateId: string | null;
      certificateNo: string | null;
      /** @description the client classification grade (A+ … C-) */
      clientGrade: string | null;
      /**
       * Format: uuid
       * @description none for what the CB as a whole owes
       */
      clientId: string | null;
      clientName: string | null;
      clientVip: boolean;
      department: string;
      dueOn: string;
      id: number;
      kind: string;
      opensOn: string | null;
      plannedAfterDue: boolean;
      plannedOn: string | null;
      /** @description counted in working days into a year whose holiday table is not entered (暂定) */
      provisional: boolean;
      scheme: string | null;
      sequence: number | null;
      targetOn: string;
    };
    DueItemInput: {
      /** Format: uuid */
      auditId: string | null;
      basis:
        | (
            | 'FIRST_WITHIN'
            | 'INTERVAL'
            | 'CALENDAR_YEAR'
            | 'MIN_PER_CYCLE'
            | 'WITH_SURVEILLANCE'
            | 'RANDOM_SURVEY_INTERVAL'
            | 'BEFORE_EXPIRY'
            | 'AWAITING_DECISION'
            | 'PLANNED'
            | 'CNCA_REPORT'
          )
        | string;
      /** Format: uuid */
      branchId: string | null;
      branchName: {
        en: string;
        zh: string;
      } | null;
      /** @enum {string} */
      bucket: 'overdue' | 'first' | 'second' | 'third' | 'later';
      /** Format: uuid */
      certificateId: string | null;
      certificateNo: string | null;
      /** @description the client classification grade (A+ … C-) */
      clientGrade: string | null;
      /**
       * Format: uuid
       * @description none for what the CB as a whole owes
       */
      clientId: string | null;
      clientName: string | null;
      clientVip: boolean;
      department: string;
      dueOn: string;
      id: number;
      kind: string;
      opensOn: string | null;
      plannedAfterDue: boolean;
      plannedOn: string | null;
      /** @description counted in working days into a year whose holiday table is not entered (暂定) */
      provisional: boolean;
      scheme: string | null;
      sequence: number | null;
      targetOn: string;
    };
    FieldError: {
      code: string;
      field: string;
      message: components['schemas']['Message'];
      /** @description in an import: the cell as read */
      value?: string;
    };
    FieldErrorInput: {
      code: string;
      field: string;
      message: components['schemas']['MessageInput'];
      /** @description in an import: the cell as read */
      value?: string;
    };
    FollowUpSummary: {
      charts: components['schemas']['AnalysisChart'][];
      definition: {
        en: string;
        zh: string;
      };
      /** @description Q1–Q4; null for a quarter not yet begun */
      quarters: ({
        asOf: string;
        from: string;
        phoned: number;
        phonedThisYear: number;
        quarter: number;
        runningShare: number | null;
        share: number | null;
        target: number;
        targetMet: boolean;
        validClients: number;
      } | null)[];
      tables: components['schemas']['ReportTable'][];
      targetPercent: number;
      year: number;
    };
    FollowUpSummaryInput: {
      charts: components['schemas']['AnalysisChartInput'][];
      definition: {
        en: string;
        zh: string;
      };
      /** @description Q1–Q4; null for a quarter not yet begun */
      quarters: ({
        asOf: string;
        from: string;
        phoned: number;
        phonedThisYear: number;
        quarter: number;
        runningShare: number | null;
        share: number | null;
        target: number;
        targetMet: boolean;
        validClients: number;
      } | null)[];
      tables: components['schemas']['ReportTableInput'][];
      targetPercent: number;
      year: number;
    };
    GiveUpDecision: {
      /** @enum {string} */
      action: 'revoke' | 'withdraw';
      /** @enum {string} */
      ground:
        | 'SUSPENSION_NOT_RESTORED'
        | 'CORRECTIVE_ACTION_NOT_ACHIEVED'
        | 'SERIOUS_QUALITY_ACCIDENT'
        | 'OBTAINED_BY_FRAUD'
        | 'CERTIFICATE_TRANSFERRED'
        | 'FEES_REFUSED'
        | 'GIVE_UP_WITH_GROUNDS'
        | 'OTHER'
        | 'CLIENT_GAVE_UP'
        | 'CRITERIA_NOT_MET';
      /** @description the open grounds that decided a revocation, as codes for the UI to name; empty otherwise */
      openGrounds: (
        | 'SURVEILLANCE_NOT_ACCEPTED'
        | 'CAPABILITY_BELOW_REQUIREMENTS'
        | 'MISUSE_OF_CERTIFICATE_OR_MARK'
        | 'SERIOUS_COMPLAINT'
        | 'FEES_UNPAID'
        | 'MAJOR_INCIDENT'
        | 'OTHER'
        | 'SUSPENSION_NOT_RESTORED'
        | 'CORRECTIVE_ACTION_NOT_ACHIEVED'
        | 'SERIOUS_QUALITY_ACCIDENT'
        | 'OBTAINED_BY_FRAUD'
        | 'CERTIFICATE_TRANSFERRED'
        | 'FEES_REFUSED'
        | 'GIVE_UP_WITH_GROUNDS'
      )[];
      why: {
        en: string;
        zh: string;
      };
    };
    GiveUpDecisionInput: {
      /** @enum {string} */
      action: 'revoke' | 'withdraw';
      /** @enum {string} */
      ground:
        | 'SUSPENSION_NOT_RESTORED'
        | 'CORRECTIVE_ACTION_NOT_ACHIEVED'
        | 'SERIOUS_QUALITY_ACCIDENT'
        | 'OBTAINED_BY_FRAUD'
        | 'CERTIFICATE_TRANSFERRED'
        | 'FEES_REFUSED'
        | 'GIVE_UP_WITH_GROUNDS'
        | 'OTHER'
        | 'CLIENT_GAVE_UP'
        | 'CRITERIA_NOT_MET';
      /** @description the open grounds that decided a revocation, as codes for the UI to name; empty otherwise */
      openGrounds: (
        | 'SURVEILLANCE_NOT_ACCEPTED'
        | 'CAPABILITY_BELOW_REQUIREMENTS'
        | 'MISUSE_OF_CERTIFICATE_OR_MARK'
        | 'SERIOUS_COMPLAINT'
        | 'FEES_UNPAID'
        | 'MAJOR_INCIDENT'
        | 'OTHER'
        | 'SUSPENSION_NOT_RESTORED'
        | 'CORRECTIVE_ACTION_NOT_ACHIEVED'
        | 'SERIOUS_QUALITY_ACCIDENT'
        | 'OBTAINED_BY_FRAUD'
        | 'CERTIFICATE_TRANSFERRED'
        | 'FEES_REFUSED'
        | 'GIVE_UP_WITH_GROUNDS'
      )[];
      why: {
        en: string;
        zh: string;
      };
    };
    GiveUpOutcome: {
      certificate: {
        address: string;
        allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
        /** @description 基础人日数 as reported */
        baseAuditDays: number | null;
        /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
        baseAuditDaysByTable: number | null;
        /** @description why it differs from IAF MD 5, or why it was entered */
        baseAuditDaysReason: string | null;
        certificateNo: string;
        /** Format: uuid */
        clientId: string;
        cncaStatusCode: string;
        /** @description kept out of IAF CertSearch */
        confidential: boolean;
        /** @description 体系覆盖的员工数 */
        coveredEmployees: number | null;
        decisionOn: string;
        events: {
          at: string;
          decidedBy: string;
          details: {
            [key: string]: unknown;
          };
          effectiveOn: string;
          ground: string | null;
          id: number;
          kind: string;
          reason: string;
        }[];
        expiresOn: string;
        /** @enum {string} */
        field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
        /** Format: uuid */
        id: string;
        issueOn: string;
        organisationName: string;
        originalIssueOn: string;
        revocationProposedOn: string | null;
        /**
         * @description 风险级别代码: 01 high, 02 medium, 03 low
         * @enum {string|null}
         */
        riskLevel: '01' | '02' | '03' | null;
        /** @enum {string} */
        scheme: 'management_system' | 'after_sales';
        scope: string;
        /** @description 服务认证所属领域代码 (after-sales certificates) */
        serviceAreaCode: string | null;
        sites: {
          address: string;
          name: string;
          scope?: string;
        }[];
        standard: string;
        starLevel: number | null;
        /** @enum {string} */
        status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
        suspendedFrom: string | null;
        suspendedScope: string | null;
        suspendedUntil: string | null;
        version: number;
      };
      decision: components['schemas']['GiveUpDecision'];
    };
    GiveUpOutcomeInput: {
      certificate: {
        address: string;
        allowedActions: ('suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify')[];
        /** @description 基础人日数 as reported */
        baseAuditDays: number | null;
        /** @description IAF MD 5's figure for the covered employees and risk level, where the field has a table */
        baseAuditDaysByTable: number | null;
        /** @description why it differs from IAF MD 5, or why it was entered */
        baseAuditDaysReason: string | null;
        certificateNo: string;
        /** Format: uuid */
        clientId: string;
        cncaStatusCode: string;
        /** @description kept out of IAF CertSearch */
        confidential: boolean;
        /** @description 体系覆盖的员工数 */
        coveredEmployees: number | null;
        decisionOn: string;
        events: {
          at: string;
          decidedBy: string;
          details: {
            [key: string]: unknown;
          };
          effectiveOn: string;
          ground: string | null;
          id: number;
          kind: string;
          reason: string;
        }[];
        expiresOn: string;
        /** @enum {string} */
        field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
        /** Format: uuid */
        id: string;
        issueOn: string;
        organisationName: string;
        originalIssueOn: string;
        revocationProposedOn: string | null;
        /**
         * @description 风险级别代码: 01 high, 02 medium, 03 low
         * @enum {string|null}
         */
        riskLevel: '01' | '02' | '03' | null;
        /** @enum {string} */
        scheme: 'management_system' | 'after_sales';
        scope: string;
        /** @description 服务认证所属领域代码 (after-sales certificates) */
        serviceAreaCode: string | null;
        sites: {
          address: string;
          name: string;
          scope?: string;
        }[];
        standard: string;
        starLevel: number | null;
        /** @enum {string} */
        status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
        suspendedFrom: string | null;
        suspendedScope: string | null;
        suspendedUntil: string | null;
        version: number;
      };
      decision: components['schemas']['GiveUpDecisionInput'];
    };
    ImportRowErrors: {
      /** @description the row's contract number as the file gives it */
      contractNo?: string;
      errors: components['schemas']['FieldError'][];
      /** @description the row's organisation name as the file gives it */
      name?: string;
      row: number;
    };
    ImportRowErrorsInput: {
      /** @description the row's contract number as the file gives it */
      contractNo?: string;
      errors: components['schemas']['FieldErrorInput'][];
      /** @description the row's organisation name as the file gives it */
      name?: string;
      row: number;
    };
    Loss: {
      /** @description 原因分析 */
      analysis: string | null;
      cause: string;
      /** Format: uuid */
      clientId: string;
      /** Format: uuid */
      id: string;
      /** @description the name of who recorded it */
      recordedBy: string;
      /** @description YYYY-MM-DD */
      recordedOn: string;
      /** @description 补救决定 */
      remedialDecision: string | null;
      /**
       * @description the client’s new status: 异常 abnormal, 流失 lost, 恢复正常 active again
       * @enum {string}
       */
      status: 'abnormal' | 'lost' | 'active';
    };
    LossInput: {
      /** @description 原因分析 */
      analysis: string | null;
      cause: string;
      /** Format: uuid */
      clientId: string;
      /** Format: uuid */
      id: string;
      /** @description the name of who recorded it */
      recordedBy: string;
      /** @description YYYY-MM-DD */
      recordedOn: string;
      /** @description 补救决定 */
      remedialDecision: string | null;
      /**
       * @description the client’s new status: 异常 abnormal, 流失 lost, 恢复正常 active again
       * @enum {string}
       */
      status: 'abnormal' | 'lost' | 'active';
    };
    Maintainer: {
      /** @description the maintainer’s display name */
      name: string;
      /** @description the day it was assigned */
      since: string;
      /** Format: uuid */
      userId: string;
    };
    MaintainerInput: {
      /** @description the maintainer’s display name */
      name: string;
      /** @description the day it was assigned */
      since: string;
      /** Format: uuid */
      userId: string;
    };
    Message: {
      en: string;
      zh: string;
    };
    MessageInput: {
      en: string;
      zh: string;
    };
    Meters: {
      /** @description the clients below their minimum, by name; the first ones only (the export has them all) */
      belowMinimum: {
        branch: string;
        branchEn: string;
        /** Format: uuid */
        branchId: string;
        /** @description contacts this year */
        contacts: number;
        /** @description phone follow-ups this year */
        followUps: number;
        /**
         * Format: uuid
         * @description the client
         */
        id: string;
        maintainer: string | null;
        /** Format: uuid */
        maintainerId: string | null;
        name: string;
        /** @description contacts the year needs */
        owed: number;
        vip: boolean;
      }[];
      /** @description most below first */
      byBranch: {
        /** @description of them, below their yearly contact minimum */
        below: number;
        /** @description clients holding a valid certificate */
        clients: number;
        events: number;
        /** @description of them, with a phone follow-up (回访) this year */
        followUps: number;
        /** @description the follow-ups the year needs: the share of the valid clients, rounded up */
        followUpTarget: number;
        /** Format: uuid */
        id: string;
        name: string;
        nameEn: string;
      }[];
      /** @description most below first */
      byMaintainer: {
        /** @description of them, below their yearly contact minimum */
        below: number;
        /** @description clients holding a valid certificate */
        clients: number;
        /** @description of them, with a phone follow-up (回访) this year */
        followUps: number;
        /** @description the follow-ups the year needs: the share of the valid clients, rounded up */
        followUpTarget: number;
        /** @description the maintainer’s user id; empty: the clients without one */
        id: string | '';
        /** @description the maintainer’s name; — for the clients without one */
        name: string;
      }[];
      /** @description client events a branch holds a year */
      eventsRequired: number;
      followUpRatePercent: number;
      /** @description contacts a client is owed a year; a VIP more */
      minimums: {
        perYear: number;
        perYearVip: number;
      };
      total: {
        /** @description of them, below their yearly contact minimum */
        below: number;
        /** @description clients holding a valid certificate */
        clients: number;
        events: number;
        /** @description of them, with a phone follow-up (回访) this year */
        followUps: number;
        /** @description the follow-ups the year needs: the share of the valid clients, rounded up */
        followUpTarget: number;
      };
      year: number;
    };
    MetersInput: {
      /** @description the clients below their minimum, by name; the first ones only (the export has them all) */
      belowMinimum: {
        branch: string;
        branchEn: string;
        /** Format: uuid */
        branchId: string;
        /** @description contacts this year */
        contacts: number;
        /** @description phone follow-ups this year */
        followUps: number;
        /**
         * Format: uuid
         * @description the client
         */
        id: string;
        maintainer: string | null;
        /** Format: uuid */
        maintainerId: string | null;
        name: string;
        /** @description contacts the year needs */
        owed: number;
        vip: boolean;
      }[];
      /** @description most below first */
      byBranch: {
        /** @description of them, below their yearly contact minimum */
        below: number;
        /** @description clients holding a valid certificate */
        clients: number;
        events: number;
        /** @description of them, with a phone follow-up (回访) this year */
        followUps: number;
        /** @description the follow-ups the year needs: the share of the valid clients, rounded up */
        followUpTarget: number;
        /** Format: uuid */
        id: string;
        name: string;
        nameEn: string;
      }[];
      /** @description most below first */
      byMaintainer: {
        /** @description of them, below their yearly contact minimum */
        below: number;
        /** @description clients holding a valid certificate */
        clients: number;
        /** @description of them, with a phone follow-up (回访) this year */
        followUps: number;
        /** @description the follow-ups the year needs: the share of the valid clients, rounded up */
        followUpTarget: number;
        /** @description the maintainer’s user id; empty: the clients without one */
        id: string | '';
        /** @description the maintainer’s name; — for the clients without one */
        name: string;
      }[];
      /** @description client events a branch holds a year */
      eventsRequired: number;
      followUpRatePercent: number;
      /** @description contacts a client is owed a year; a VIP more */
      minimums: {
        perYear: number;
        perYearVip: number;
      };
      total: {
        /** @description of them, below their yearly contact minimum */
        below: number;
        /** @description clients holding a valid certificate */
        clients: number;
        events: number;
        /** @description of them, with a phone follow-up (回访) this year */
        followUps: number;
        /** @description the follow-ups the year needs: the share of the valid clients, rounded up */
        followUpTarget: number;
      };
      year: number;
    };
    PortalSurvey: {
      /** @description null while not answered */
      answeredOn: string | null;
      /** @description score per question code */
      answers: {
        [key: string]: number;
      } | null;
      /**
       * Format: uuid
       * @description the audit at whose opening meeting it was handed out
       */
      auditId: string | null;
      /** @description the audit's team */
      auditors: {
        name: string;
      }[];
      auditScore: number | null;
      /** @description the audit's actual start */
      auditStart: string | null;
      /** @enum {string|null} */
      auditType:
        | 'document_review'
        | 'initial_stage1'
        | 'initial_stage2'
        | 'surveillance'
        | 'recertification'
        | 'extra'
        | 'mystery_shopping'
        | 'random_survey'
        | null;
      /**
       * @description 客户门户填写 / 纸质表录入; null while not answered
       * @enum {string|null}
       */
      channel: 'portal' | 'paper' | null;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      comment: string | null;
      /**
       * Format: uuid
       * @description the complaint a dissatisfied (不满意) answer filed
       */
      complaintId: string | null;
      /** @description the contract stage's score: the mean of its questions */
      contractScore: number | null;
      /** @description who recorded the answers: the portal user, or staff entering a paper form */
      enteredBy: string | null;
      /** Format: uuid */
      id: string;
      /** @description YYYY-MM-DD */
      issuedOn: string;
      /**
       * @description 审核首次会议发放 / 年度抽样调查
       * @enum {string}
       */
      kind: 'audit' | 'annual';
      /** @description who filled it in */
      respondent: string | null;
      /**
       * Format: uuid
       * @description the yearly sample that drew it
       */
      sampleId: string | null;
      serviceScore: number | null;
      /** @description the weighted total, on the scale of a stage */
      totalScore: number | null;
      version: number;
    };
    PortalSurveyInput: {
      /** @description null while not answered */
      answeredOn: string | null;
      /** @description score per question code */
      answers: {
        [key: string]: number;
      } | null;
      /**
       * Format: uuid
       * @description the audit at whose opening meeting it was handed out
       */
      auditId: string | null;
      /** @description the audit's team */
      auditors: {
        name: string;
      }[];
      auditScore: number | null;
      /** @description the audit's actual start */
      auditStart: string | null;
      /** @enum {string|null} */
      auditType:
        | 'document_review'
        | 'initial_stage1'
        | 'initial_stage2'
        | 'surveillance'
        | 'recertification'
        | 'extra'
        | 'mystery_shopping'
        | 'random_survey'
        | null;
      /**
       * @description 客户门户填写 / 纸质表录入; null while not answered
       * @enum {string|null}
       */
      channel: 'portal' | 'paper' | null;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      comment: string | null;
      /**
       * Format: uuid
       * @description the complaint a dissatisfied (不满意) answer filed
       */
      complaintId: string | null;
      /** @description the contract stage's score: the mean of its questions */
      contractScore: number | null;
      /** @description who recorded the answers: the portal user, or staff entering a paper form */
      enteredBy: string | null;
      /** Format: uuid */
      id: string;
      /** @description YYYY-MM-DD */
      issuedOn: string;
      /**
       * @description 审核首次会议发放 / 年度抽样调查
       * @enum {string}
       */
      kind: 'audit' | 'annual';
      /** @description who filled it in */
      respondent: string | null;
      /**
       * Format: uuid
       * @description the yearly sample that drew it
       */
      sampleId: string | null;
      serviceScore: number | null;
      /** @description the weighted total, on the scale of a stage */
      totalScore: number | null;
      version: number;
    };
    Programme: {
      audits: components['schemas']['Audit'][];
      /**
       * Format: uuid
       * @description none before the certificate is granted
       */
      certificateId: string | null;
      certificateNo: string | null;
      /** Format: uuid */
      clientId: string;
      closedOn: string | null;
      cycleNo: number;
      due: components['schemas']['DueItem'][];
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      /** @enum {string} */
      status: 'open' | 'closed';
      version: number;
    };
    ProgrammeInput: {
      audits: components['schemas']['AuditInput'][];
      /**
       * Format: uuid
       * @description none before the certificate is granted
       */
      certificateId: string | null;
      certificateNo: string | null;
      /** Format: uuid */
      clientId: string;
      closedOn: string | null;
      cycleNo: number;
      due: components['schemas']['DueItemInput'][];
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      /** @enum {string} */
      status: 'open' | 'closed';
      version: number;
    };
    ProgrammeRecord: {
      /**
       * Format: uuid
       * @description none before the certificate is granted
       */
      certificateId: string | null;
      /** Format: uuid */
      clientId: string;
      closedOn: string | null;
      cycleNo: number;
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      /** @enum {string} */
      status: 'open' | 'closed';
      version: number;
    };
    ProgrammeRecordInput: {
      /**
       * Format: uuid
       * @description none before the certificate is granted
       */
      certificateId: string | null;
      /** Format: uuid */
      clientId: string;
      closedOn: string | null;
      cycleNo: number;
      /** @enum {string} */
      field: 'QMS' | 'EMS' | 'OHSMS' | 'EnMS' | 'AFTER_SALES';
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      /** @enum {string} */
      status: 'open' | 'closed';
      version: number;
    };
    PublicCertificate: {
      certificateNo: string;
      expiresOn: string;
      /** @description in a search: the former name of the organisation that the query matched (原名) */
      formerName?: string | null;
      issueOn: string;
      organisationName: string;
      originalIssueOn: string;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      scope: string;
      standard: string;
      starLevel: number | null;
      /** @enum {string} */
      status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
      /** @description CNCA: 01 有效, 02 暂停, 03 撤销, 04 注销, 05 过期失效 */
      statusCode: string;
      statusLabel: {
        en: string;
        zh: string;
      };
      suspendedFrom: string | null;
      /** @description while part of the scope is suspended: that part; the rest stays valid */
      suspendedScope: string | null;
      suspendedUntil: string | null;
      /**
       * @description while suspended: the whole certificate, or part of its scope
       * @enum {string|null}
       */
      suspension: 'whole' | 'part' | null;
    };
    PublicCertificateInput: {
      certificateNo: string;
      expiresOn: string;
      /** @description in a search: the former name of the organisation that the query matched (原名) */
      formerName?: string | null;
      issueOn: string;
      organisationName: string;
      originalIssueOn: string;
      /** @enum {string} */
      scheme: 'management_system' | 'after_sales';
      scope: string;
      standard: string;
      starLevel: number | null;
      /** @enum {string} */
      status: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
      /** @description CNCA: 01 有效, 02 暂停, 03 撤销, 04 注销, 05 过期失效 */
      statusCode: string;
      statusLabel: {
        en: string;
        zh: string;
      };
      suspendedFrom: string | null;
      /** @description while part of the scope is suspended: that part; the rest stays valid */
      suspendedScope: string | null;
      suspendedUntil: string | null;
      /**
       * @description while suspended: the whole certificate, or part of its scope
       * @enum {string|null}
       */
      suspension: 'whole' | 'part' | null;
    };
    PublicFeed: components['schemas']['PublicFeedEntry'][];
    PublicFeedEntry: {
      certificateNo: string;
      effectiveOn: string;
      /** @enum {string} */
      kind: 'grant' | 'suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify';
      organisationName: string;
      /** @description a suspension only: the part of the scope suspended; null for the whole */
      partScope?: string | null;
      /** @description a suspension only: its last day */
      suspendedUntil?: string | null;
    };
    PublicFeedEntryInput: {
      certificateNo: string;
      effectiveOn: string;
      /** @enum {string} */
      kind: 'grant' | 'suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify';
      organisationName: string;
      /** @description a suspension only: the part of the scope suspended; null for the whole */
      partScope?: string | null;
      /** @description a suspension only: its last day */
      suspendedUntil?: string | null;
    };
    PublicFeedInput: components['schemas']['PublicFeedEntryInput'][];
    ReportChart: {
      categories: (
        | string
        | {
            en: string;
            zh: string;
          }
      )[];
      /** @description names the chart on the page */
      id?: string;
      series: {
        data: (number | null)[];
        name:
          | string
          | {
              en: string;
              zh: string;
            };
        /**
         * @description bars unless a line
         * @enum {string}
         */
        type?: 'bar' | 'line';
      }[];
      stack?: boolean;
      /** @description a dashed line across the chart */
      target?: {
        name:
          | string
          | {
              en: string;
              zh: string;
            };
        value: number;
      };
      title: {
        en: string;
        zh: string;
      };
      /**
       * @description percent: the figures are shares, on an axis from 0 in %
       * @enum {string}
       */
      unit?: 'count' | 'percent';
    };
    ReportChartInput: {
      categories: (
        | string
        | {
            en: string;
            zh: string;
          }
      )[];
      /** @description names the chart on the page */
      id?: string;
      series: {
        data: (number | null)[];
        name:
          | string
          | {
              en: string;
              zh: string;
            };
        /**
         * @description bars unless a line
         * @enum {string}
         */
        type?: 'bar' | 'line';
      }[];
      stack?: boolean;
      /** @description a dashed line across the chart */
      target?: {
        name:
          | string
          | {
              en: string;
              zh: string;
            };
        value: number;
      };
      title: {
        en: string;
        zh: string;
      };
      /**
       * @description percent: the figures are shares, on an axis from 0 in %
       * @enum {string}
       */
      unit?: 'count' | 'percent';
    };
    /** @description a table of a report; a cell in both languages is {zh, en} */
    ReportTable: {
      header: {
        en: string;
        zh: string;
      }[];
      rows: (
        | (
            | string
            | number
            | {
                en: string;
                zh: string;
              }
          )
        | null
      )[][];
      title: {
        en: string;
        zh: string;
      };
    };
    /** @description a table of a report; a cell in both languages is {zh, en} */
    ReportTableInput: {
      header: {
        en: string;
        zh: string;
      }[];
      rows: (
        | (
            | string
            | number
            | {
                en: string;
                zh: string;
              }
          )
        | null
      )[][];
      title: {
        en: string;
        zh: string;
      };
    };
    RiskIncident: {
      actions: {
        /** Format: uuid */
        auditId: string | null;
        /** Format: uuid */
        certificateId: string;
        certificateNo: string;
        decidedBy: string;
        decidedOn: string;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: 'more_surveillance' | 'unscheduled_audit' | 'project_inspection' | 'suspension' | 'revocation';
        note: string | null;
        /** Format: uuid */
        proposalId: string | null;
      }[];
      actionsDecidedBy: string | null;
      actionsDecidedOn: string | null;
      actionsNote: string | null;
      branchName: {
        en: string;
        zh: string;
      };
      /** Format: uuid */
      clientId: string;
      clientName: string;
      closedOn: string | null;
      eventOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'quality' | 'environment' | 'safety' | 'other';
      openedOn: string;
      owed: {
        basis: string;
        department: string;
        dueOn: string;
        /** @enum {string} */
        kind:
          | 'incident_report_to_audit_management'
          | 'incident_suspension_request'
          | 'incident_self_check'
          | 'incident_report'
          | 'incident_actions'
          | 'incident_rectification';
        overdue: boolean;
        /** @description counted in working days into a year whose holiday table is not entered (暂定) */
        provisional: boolean;
      }[];
      rectificationDueOn: string | null;
      rectificationEvidence: string | null;
      rectificationSubmittedOn: string | null;
      rectificationVerificationNote: string | null;
      rectificationVerifiedBy: string | null;
      rectificationVerifiedOn: string | null;
      reportActions: string | null;
      reportDueOn: string;
      reportDueProvisional: boolean;
      reportedToAuditManagementBy: string | null;
      reportedToAuditManagementOn: string | null;
      reportEvent: string | null;
      reportInvestigation: string | null;
      reportOpinion: string | null;
      reportSubmittedBy: string | null;
      reportSubmittedOn: string | null;
      reportToAuditManagementDueOn: string;
      /** Format: uuid */
      riskItemId: string;
      riskItemSource: string;
      riskItemText: string;
      selfCheckBy: string | null;
      /** @enum {string|null} */
      selfCheckFinding: 'none' | 'lapses' | 'violations' | null;
      selfCheckNote: string | null;
      selfCheckOn: string | null;
      /** @enum {string} */
      status: 'open' | 'closed';
      suspensionRequestedBy: string | null;
      suspensionRequestedOn: string | null;
      suspensionRequestNote: string | null;
      version: number;
    };
    RiskIncidentInput: {
      actions: {
        /** Format: uuid */
        auditId: string | null;
        /** Format: uuid */
        certificateId: string;
        certificateNo: string;
        decidedBy: string;
        decidedOn: string;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: 'more_surveillance' | 'unscheduled_audit' | 'project_inspection' | 'suspension' | 'revocation';
        note: string | null;
        /** Format: uuid */
        proposalId: string | null;
      }[];
      actionsDecidedBy: string | null;
      actionsDecidedOn: string | null;
      actionsNote: string | null;
      branchName: {
        en: string;
        zh: string;
      };
      /** Format: uuid */
      clientId: string;
      clientName: string;
      closedOn: string | null;
      eventOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'quality' | 'environment' | 'safety' | 'other';
      openedOn: string;
      owed: {
        basis: string;
        department: string;
        dueOn: string;
        /** @enum {string} */
        kind:
          | 'incident_report_to_audit_management'
          | 'incident_suspension_request'
          | 'incident_self_check'
          | 'incident_report'
          | 'incident_actions'
          | 'incident_rectification';
        overdue: boolean;
        /** @description counted in working days into a year whose holiday table is not entered (暂定) */
        provisional: boolean;
      }[];
      rectificationDueOn: string | null;
      rectificationEvidence: string | null;
      rectificationSubmittedOn: string | null;
      rectificationVerificationNote: string | null;
      rectificationVerifiedBy: string | null;
      rectificationVerifiedOn: string | null;
      reportActions: string | null;
      reportDueOn: string;
      reportDueProvisional: boolean;
      reportedToAuditManagementBy: string | null;
      reportedToAuditManagementOn: string | null;
      reportEvent: string | null;
      reportInvestigation: string | null;
      reportOpinion: string | null;
      reportSubmittedBy: string | null;
      reportSubmittedOn: string | null;
      reportToAuditManagementDueOn: string;
      /** Format: uuid */
      riskItemId: string;
      riskItemSource: string;
      riskItemText: string;
      selfCheckBy: string | null;
      /** @enum {string|null} */
      selfCheckFinding: 'none' | 'lapses' | 'violations' | null;
      selfCheckNote: string | null;
      selfCheckOn: string | null;
      /** @enum {string} */
      status: 'open' | 'closed';
      suspensionRequestedBy: string | null;
      suspensionRequestedOn: string | null;
      suspensionRequestNote: string | null;
      version: number;
    };
    RiskItem: {
      candidates?: {
        branchName: {
          en: string;
          zh: string;
        };
        /** Format: uuid */
        clientId: string;
        clientName: string;
        decidedAt: string | null;
        decidedBy: string | null;
        /** @enum {string} */
        decision: 'pending' | 'confirmed' | 'rejected';
        /** Format: uuid */
        incidentId: string | null;
        matched: string;
        note: string | null;
        /** @description the score reaches the proposal line */
        proposed: boolean;
        reasons: (
          | 'SAME_CREDIT_CODE'
          | 'SAME_NAME'
          | 'SAME_FORMER_NAME'
          | 'BRANCH'
          | 'CLOSE_NAME'
          | 'SAME_NAME_OTHER_PLACE'
          | 'SAME_NAME_SEVERAL_CLIENTS'
          | 'NAME_MAY_GO_ON'
        )[];
        score: number;
      }[];
      createdAt: string;
      createdBy: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'quality' | 'environment' | 'safety' | 'other';
      link: string | null;
      organisationNamed: string | null;
      /** @enum {string} */
      origin: 'manual' | 'import' | 'portal';
      publishedOn: string;
      source: string;
      /** @enum {string} */
      sourceKind: 'media' | 'authority' | 'client';
      /** @enum {string} */
      status: 'open' | 'matched' | 'no_match';
      text: string;
      /** @description name of the confirmed candidate, else of the best one proposed (score at or above the proposal line) */
      topCandidate: string | null;
      version: number;
    };
    RiskItemInput: {
      candidates?: {
        branchName: {
          en: string;
          zh: string;
        };
        /** Format: uuid */
        clientId: string;
        clientName: string;
        decidedAt: string | null;
        decidedBy: string | null;
        /** @enum {string} */
        decision: 'pending' | 'confirmed' | 'rejected';
        /** Format: uuid */
        incidentId: string | null;
        matched: string;
        note: string | null;
        /** @description the score reaches the proposal line */
        proposed: boolean;
        reasons: (
          | 'SAME_CREDIT_CODE'
          | 'SAME_NAME'
          | 'SAME_FORMER_NAME'
          | 'BRANCH'
          | 'CLOSE_NAME'
          | 'SAME_NAME_OTHER_PLACE'
          | 'SAME_NAME_SEVERAL_CLIENTS'
          | 'NAME_MAY_GO_ON'
        )[];
        score: number;
      }[];
      createdAt: string;
      createdBy: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'quality' | 'environment' | 'safety' | 'other';
      link: string | null;
      organisationNamed: string | null;
      /** @enum {string} */
      origin: 'manual' | 'import' | 'portal';
      publishedOn: string;
      source: string;
      /** @enum {string} */
      sourceKind: 'media' | 'authority' | 'client';
      /** @enum {string} */
      status: 'open' | 'matched' | 'no_match';
      text: string;
      /** @description name of the confirmed candidate, else of the best one proposed (score at or above the proposal line) */
      topCandidate: string | null;
      version: number;
    };
    ServiceApplication: {
      address: string;
      applicantName: string;
      /** Format: uuid */
      branchId: string;
      /** Format: uuid */
      clientId: string | null;
      contactPerson: string;
      credit: {
        [key: string]: 'none' | 'found';
      } | null;
      creditCheckedBy: string | null;
      creditCheckedOn: string | null;
      creditNoEvidenceReason: string | null;
      creditNote: string | null;
      decidedBy: string | null;
      decidedOn: string | null;
      decisionNote: string | null;
      headcount: number | null;
      /** Format: uuid */
      id: string;
      materials: {
        businessLicence?: boolean;
        flowChart?: boolean;
        otherCertificates?: string;
        serviceDocuments?: boolean;
      };
      missing: string[];
      number: string;
      overdue: boolean;
      phone: string;
      /** Format: uuid */
      programmeId: string | null;
      province: string;
      receivedOn: string;
      reviewDueOn: string;
      scope: string;
      /** @enum {string} */
      status: 'received' | 'accepted' | 'refused';
      uscc: string;
      version: number;
    };
    ServiceApplicationInput: {
      address: string;
      applicantName: string;
      /** Format: uuid */
      branchId: string;
      /** Format: uuid */
      clientId: string | null;
      contactPerson: string;
      credit: {
        [key: string]: 'none' | 'found';
      } | null;
      creditCheckedBy: string | null;
      creditCheckedOn: string | null;
      creditNoEvidenceReason: string | null;
      creditNote: string | null;
      decidedBy: string | null;
      decidedOn: string | null;
      decisionNote: string | null;
      headcount: number | null;
      /** Format: uuid */
      id: string;
      materials: {
        businessLicence?: boolean;
        flowChart?: boolean;
        otherCertificates?: string;
        serviceDocuments?: boolean;
      };
      missing: string[];
      number: string;
      overdue: boolean;
      phone: string;
      /** Format: uuid */
      programmeId: string | null;
      province: string;
      receivedOn: string;
      reviewDueOn: string;
      scope: string;
      /** @enum {string} */
      status: 'received' | 'accepted' | 'refused';
      uscc: string;
      version: number;
    };
    Staff: {
      /** @description the person’s name (姓名) */
      displayName: string;
      /** Format: uuid */
      id: string;
      /** @description a department head (部门负责人) */
      manager: boolean;
      /** @enum {string} */
      role:
        'admin' | 'general_admin' | 'customer_service' | 'audit_management' | 'quality_technical' | 'decision_maker' | 'auditor' | 'client';
    };
    StaffInput: {
      /** @description the person’s name (姓名) */
      displayName: string;
      /** Format: uuid */
      id: string;
      /** @description a department head (部门负责人) */
      manager: boolean;
      /** @enum {string} */
      role:
        'admin' | 'general_admin' | 'customer_service' | 'audit_management' | 'quality_technical' | 'decision_maker' | 'auditor' | 'client';
    };
    StarAssessment: {
      /** Format: uuid */
      auditId: string;
      /** Format: uuid */
      certificateId: string | null;
      concludedBy: string | null;
      concludedOn: string | null;
      /** @enum {string|null} */
      conclusion: 'recommend' | 'recommend_lower' | 'not_recommend' | null;
      conclusionNote: string | null;
      decidedBy: string | null;
      decidedOn: string | null;
      decisionNote: string | null;
      /** Format: uuid */
      id: string;
      items: {
        achieved: number;
        applicable: boolean;
        code: string;
        evidence: string | null;
        finding: string | null;
      }[];
      /** @description the star level the score earns (0: none) */
      level: number;
      nonconformities: {
        correctiveAction: string | null;
        description: string;
        /** @enum {string|null} */
        method: 'written' | 'on_site' | null;
        rootCause: string | null;
        verifiedBy: string | null;
        verifiedOn: string | null;
      }[];
      recommendedLevel: number | null;
      specialBonus: number;
      specialDeductions: number;
      specialNotes: string | null;
      total: number;
      version: number;
    };
    StarAssessmentInput: {
      /** Format: uuid */
      auditId: string;
      /** Format: uuid */
      certificateId: string | null;
      concludedBy: string | null;
      concludedOn: string | null;
      /** @enum {string|null} */
      conclusion: 'recommend' | 'recommend_lower' | 'not_recommend' | null;
      conclusionNote: string | null;
      decidedBy: string | null;
      decidedOn: string | null;
      decisionNote: string | null;
      /** Format: uuid */
      id: string;
      items: {
        achieved: number;
        applicable: boolean;
        code: string;
        evidence: string | null;
        finding: string | null;
      }[];
      /** @description the star level the score earns (0: none) */
      level: number;
      nonconformities: {
        correctiveAction: string | null;
        description: string;
        /** @enum {string|null} */
        method: 'written' | 'on_site' | null;
        rootCause: string | null;
        verifiedBy: string | null;
        verifiedOn: string | null;
      }[];
      recommendedLevel: number | null;
      specialBonus: number;
      specialDeductions: number;
      specialNotes: string | null;
      total: number;
      version: number;
    };
    StarSheetScore: {
      achieved: number;
      /** @description achieved ÷ possible × 100 */
      base: number;
      /** @description special bonus points, capped */
      bonus: number;
      /** @description points taken for special deductions */
      deduction: number;
      /** @description the star level the total earns (0: none) */
      level: number;
      /** @description one to five stars: why each is earned or not */
      levels: {
        level: number;
        /** @description indicators required at this level short of its share of their points, or not applicable */
        shortItems: {
          achieved: number;
          applicable: boolean;
          code: string;
          needed: number;
        }[];
        threshold: number;
        /** @description the total is below the threshold */
        totalShort: boolean;
      }[];
      /** @description the points of the applicable indicators */
      possible: number;
      total: number;
      unexplained: {
        /** @description indicators scored below their points without a finding: saving is refused */
        items: string[];
        /** @description special deductions taken without a note: saving is refused */
        special: boolean;
      };
    };
    StarSheetScoreInput: {
      achieved: number;
      /** @description achieved ÷ possible × 100 */
      base: number;
      /** @description special bonus points, capped */
      bonus: number;
      /** @description points taken for special deductions */
      deduction: number;
      /** @description the star level the total earns (0: none) */
      level: number;
      /** @description one to five stars: why each is earned or not */
      levels: {
        level: number;
        /** @description indicators required at this level short of its share of their points, or not applicable */
        shortItems: {
          achieved: number;
          applicable: boolean;
          code: string;
          needed: number;
        }[];
        threshold: number;
        /** @description the total is below the threshold */
        totalShort: boolean;
      }[];
      /** @description the points of the applicable indicators */
      possible: number;
      total: number;
      unexplained: {
        /** @description indicators scored below their points without a finding: saving is refused */
        items: string[];
        /** @description special deductions taken without a note: saving is refused */
        special: boolean;
      };
    };
    Suggestion: {
      /**
       * Format: uuid
       * @description none: not from a known client
       */
      clientId: string | null;
      content: string;
      /** Format: uuid */
      id: string;
      /** @description YYYY-MM-DD */
      receivedOn: string;
      /** @description the name of who logged it */
      recordedBy: string;
      /** @description the answer (答复); none yet: open */
      response: string | null;
    };
    SuggestionInput: {
      /**
       * Format: uuid
       * @description none: not from a known client
       */
      clientId: string | null;
      content: string;
      /** Format: uuid */
      id: string;
      /** @description YYYY-MM-DD */
      receivedOn: string;
      /** @description the name of who logged it */
      recordedBy: string;
      /** @description the answer (答复); none yet: open */
      response: string | null;
    };
    SuggestionSummary: {
      answered: number;
      /** @description oldest first */
      items: {
        /**
         * Format: uuid
         * @description none: not from a known client
         */
        clientId: string | null;
        clientName: string | null;
        content: string;
        /** Format: uuid */
        id: string;
        /** @description YYYY-MM-DD */
        receivedOn: string;
        /** @description the name of who logged it */
        recordedBy: string;
        /** @description the answer (答复); none yet: open */
        response: string | null;
      }[];
      total: number;
      year: number;
    };
    SuggestionSummaryInput: {
      answered: number;
      /** @description oldest first */
      items: {
        /**
         * Format: uuid
         * @description none: not from a known client
         */
        clientId: string | null;
        clientName: string | null;
        content: string;
        /** Format: uuid */
        id: string;
        /** @description YYYY-MM-DD */
        receivedOn: string;
        /** @description the name of who logged it */
        recordedBy: string;
        /** @description the answer (答复); none yet: open */
        response: string | null;
      }[];
      total: number;
      year: number;
    };
    Survey: {
      /** @description null while not answered */
      answeredOn: string | null;
      /** @description score per question code */
      answers: {
        [key: string]: number;
      } | null;
      /**
       * Format: uuid
       * @description the audit at whose opening meeting it was handed out
       */
      auditId: string | null;
      /** @description the audit's team */
      auditors: {
        name: string;
        /** Format: uuid */
        userId: string;
      }[];
      auditScore: number | null;
      /** @description the audit's actual start */
      auditStart: string | null;
      /** @enum {string|null} */
      auditType:
        | 'document_review'
        | 'initial_stage1'
        | 'initial_stage2'
        | 'surveillance'
        | 'recertification'
        | 'extra'
        | 'mystery_shopping'
        | 'random_survey'
        | null;
      /** @description the client's branch, in Chinese */
      branch: string;
      branchEn: string;
      /** Format: uuid */
      branchId: string;
      /**
       * @description 客户门户填写 / 纸质表录入; null while not answered
       * @enum {string|null}
       */
      channel: 'portal' | 'paper' | null;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      comment: string | null;
      /**
       * Format: uuid
       * @description the complaint a dissatisfied (不满意) answer filed
       */
      complaintId: string | null;
      /** @description the contract stage's score: the mean of its questions */
      contractScore: number | null;
      /** @description who recorded the answers: the portal user, or staff entering a paper form */
      enteredBy: string | null;
      /** Format: uuid */
      id: string;
      /** @description YYYY-MM-DD */
      issuedOn: string;
      /**
       * @description 审核首次会议发放 / 年度抽样调查
       * @enum {string}
       */
      kind: 'audit' | 'annual';
      /** @description who filled it in */
      respondent: string | null;
      /**
       * Format: uuid
       * @description the yearly sample that drew it
       */
      sampleId: string | null;
      serviceScore: number | null;
      /** @description the weighted total, on the scale of a stage */
      totalScore: number | null;
      version: number;
    };
    SurveyForm: {
      /** @description a score below it is dissatisfied (不满意): a stage or total below it files a complaint */
      dissatisfiedBelow: number;
      /** @description the full score of each question (and stage) */
      maxScore: number;
      readonly questions: components['schemas']['SurveyQuestion'][];
      /** @description each stage's share of the weighted total, in percent */
      weights: {
        audit: number;
        contract: number;
        service: number;
      };
    };
    SurveyFormInput: {
      /** @description a score below it is dissatisfied (不满意): a stage or total below it files a complaint */
      dissatisfiedBelow: number;
      /** @description the full score of each question (and stage) */
      maxScore: number;
      readonly questions: components['schemas']['SurveyQuestionInput'][];
      /** @description each stage's share of the weighted total, in percent */
      weights: {
        audit: number;
        contract: number;
        service: number;
      };
    };
    SurveyInput: {
      /** @description null while not answered */
      answeredOn: string | null;
      /** @description score per question code */
      answers: {
        [key: string]: number;
      } | null;
      /**
       * Format: uuid
       * @description the audit at whose opening meeting it was handed out
       */
      auditId: string | null;
      /** @description the audit's team */
      auditors: {
        name: string;
        /** Format: uuid */
        userId: string;
      }[];
      auditScore: number | null;
      /** @description the audit's actual start */
      auditStart: string | null;
      /** @enum {string|null} */
      auditType:
        | 'document_review'
        | 'initial_stage1'
        | 'initial_stage2'
        | 'surveillance'
        | 'recertification'
        | 'extra'
        | 'mystery_shopping'
        | 'random_survey'
        | null;
      /** @description the client's branch, in Chinese */
      branch: string;
      branchEn: string;
      /** Format: uuid */
      branchId: string;
      /**
       * @description 客户门户填写 / 纸质表录入; null while not answered
       * @enum {string|null}
       */
      channel: 'portal' | 'paper' | null;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      comment: string | null;
      /**
       * Format: uuid
       * @description the complaint a dissatisfied (不满意) answer filed
       */
      complaintId: string | null;
      /** @description the contract stage's score: the mean of its questions */
      contractScore: number | null;
      /** @description who recorded the answers: the portal user, or staff entering a paper form */
      enteredBy: string | null;
      /** Format: uuid */
      id: string;
      /** @description YYYY-MM-DD */
      issuedOn: string;
      /**
       * @description 审核首次会议发放 / 年度抽样调查
       * @enum {string}
       */
      kind: 'audit' | 'annual';
      /** @description who filled it in */
      respondent: string | null;
      /**
       * Format: uuid
       * @description the yearly sample that drew it
       */
      sampleId: string | null;
      serviceScore: number | null;
      /** @description the weighted total, on the scale of a stage */
      totalScore: number | null;
      version: number;
    };
    SurveyQuestion: {
      code: string;
      en: string;
      /**
       * @description 合同受理 / 审核（检查）过程 / 获证后服务
       * @enum {string}
       */
      stage: 'contract' | 'audit' | 'service';
      zh: string;
    };
    SurveyQuestionInput: {
      code: string;
      en: string;
      /**
       * @description 合同受理 / 审核（检查）过程 / 获证后服务
       * @enum {string}
       */
      stage: 'contract' | 'audit' | 'service';
      zh: string;
    };
    SurveyRecord: {
      /** @description null while not answered */
      answeredOn: string | null;
      /** @description score per question code */
      answers: {
        [key: string]: number;
      } | null;
      /**
       * Format: uuid
       * @description the audit at whose opening meeting it was handed out
       */
      auditId: string | null;
      auditScore: number | null;
      /**
       * @description 客户门户填写 / 纸质表录入; null while not answered
       * @enum {string|null}
       */
      channel: 'portal' | 'paper' | null;
      /** Format: uuid */
      clientId: string;
      comment: string | null;
      /**
       * Format: uuid
       * @description the complaint a dissatisfied (不满意) answer filed
       */
      complaintId: string | null;
      /** @description the contract stage's score: the mean of its questions */
      contractScore: number | null;
      /** Format: date-time */
      createdAt: string;
      /** @description who recorded the answers: the portal user, or staff entering a paper form */
      enteredBy: string | null;
      /** Format: uuid */
      id: string;
      /** @description YYYY-MM-DD */
      issuedOn: string;
      /**
       * @description 审核首次会议发放 / 年度抽样调查
       * @enum {string}
       */
      kind: 'audit' | 'annual';
      /** @description who filled it in */
      respondent: string | null;
      /**
       * Format: uuid
       * @description the yearly sample that drew it
       */
      sampleId: string | null;
      serviceScore: number | null;
      /** @description the weighted total, on the scale of a stage */
      totalScore: number | null;
      version: number;
    };
    SurveyRecordInput: {
      /** @description null while not answered */
      answeredOn: string | null;
      /** @description score per question code */
      answers: {
        [key: string]: number;
      } | null;
      /**
       * Format: uuid
       * @description the audit at whose opening meeting it was handed out
       */
      auditId: string | null;
      auditScore: number | null;
      /**
       * @description 客户门户填写 / 纸质表录入; null while not answered
       * @enum {string|null}
       */
      channel: 'portal' | 'paper' | null;
      /** Format: uuid */
      clientId: string;
      comment: string | null;
      /**
       * Format: uuid
       * @description the complaint a dissatisfied (不满意) answer filed
       */
      complaintId: string | null;
      /** @description the contract stage's score: the mean of its questions */
      contractScore: number | null;
      createdAt: unknown;
      /** @description who recorded the answers: the portal user, or staff entering a paper form */
      enteredBy: string | null;
      /** Format: uuid */
      id: string;
      /** @description YYYY-MM-DD */
      issuedOn: string;
      /**
       * @description 审核首次会议发放 / 年度抽样调查
       * @enum {string}
       */
      kind: 'audit' | 'annual';
      /** @description who filled it in */
      respondent: string | null;
      /**
       * Format: uuid
       * @description the yearly sample that drew it
       */
      sampleId: string | null;
      serviceScore: number | null;
      /** @description the weighted total, on the scale of a stage */
      totalScore: number | null;
      version: number;
    };
    SurveyReport: {
      /** @description the year's random sample and its own return rate; null when none was drawn */
      annualSample: {
        /** @description of them answered, whenever */
        answered: number;
        drawnOn: string;
        /** @description forms of the sample, in the caller’s scope */
        issued: number;
        percent: number;
        /** @description answered / issued in percent, one decimal; null when none were issued */
        returnRate: number | null;
      } | null;
      answered: number;
      /** @description name: an audit team member's name */
      byAuditor: {
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        name: string;
        service: number | null;
        total: number | null;
      }[];
      /** @description name: the branch, in Chinese */
      byBranch: {
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        name: string;
        service: number | null;
        total: number | null;
      }[];
      /** @description name: the survey kind (audit / annual) */
      byKind: {
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        name: string;
        service: number | null;
        total: number | null;
      }[];
      byQuarter: {
        answered: number;
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        issued: number;
        quarter: number;
        /** @description answered / issued in percent, one decimal; null when none were issued */
        returnRate: number | null;
        service: number | null;
        total: number | null;
      }[];
      byQuestion: {
        average: number | null;
        code: string;
        en: string;
        /**
         * @description 合同受理 / 审核（检查）过程 / 获证后服务
         * @enum {string}
         */
        stage: 'contract' | 'audit' | 'service';
        zh: string;
      }[];
      /** @description the charts the page draws and the files carry */
      charts: components['schemas']['ReportChart'][];
      /** @description answers that filed a complaint */
      dissatisfied: number;
      issued: number;
      overall: {
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        service: number | null;
        total: number | null;
      };
      /** @description null: the whole year */
      quarter: number | null;
      /** @description answered / issued in percent, one decimal; null when none were issued */
      returnRate: number | null;
      returnRateTarget: number;
      year: number;
    };
    SurveyReportInput: {
      /** @description the year's random sample and its own return rate; null when none was drawn */
      annualSample: {
        /** @description of them answered, whenever */
        answered: number;
        drawnOn: string;
        /** @description forms of the sample, in the caller’s scope */
        issued: number;
        percent: number;
        /** @description answered / issued in percent, one decimal; null when none were issued */
        returnRate: number | null;
      } | null;
      answered: number;
      /** @description name: an audit team member's name */
      byAuditor: {
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        name: string;
        service: number | null;
        total: number | null;
      }[];
      /** @description name: the branch, in Chinese */
      byBranch: {
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        name: string;
        service: number | null;
        total: number | null;
      }[];
      /** @description name: the survey kind (audit / annual) */
      byKind: {
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        name: string;
        service: number | null;
        total: number | null;
      }[];
      byQuarter: {
        answered: number;
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        issued: number;
        quarter: number;
        /** @description answered / issued in percent, one decimal; null when none were issued */
        returnRate: number | null;
        service: number | null;
        total: number | null;
      }[];
      byQuestion: {
        average: number | null;
        code: string;
        en: string;
        /**
         * @description 合同受理 / 审核（检查）过程 / 获证后服务
         * @enum {string}
         */
        stage: 'contract' | 'audit' | 'service';
        zh: string;
      }[];
      /** @description the charts the page draws and the files carry */
      charts: components['schemas']['ReportChartInput'][];
      /** @description answers that filed a complaint */
      dissatisfied: number;
      issued: number;
      overall: {
        audit: number | null;
        contract: number | null;
        /** @description answered forms */
        count: number;
        service: number | null;
        total: number | null;
      };
      /** @description null: the whole year */
      quarter: number | null;
      /** @description answered / issued in percent, one decimal; null when none were issued */
      returnRate: number | null;
      returnRateTarget: number;
      year: number;
    };
    SurveySample: {
      drawnBy: string;
      /** @description YYYY-MM-DD */
      drawnOn: string;
      /** Format: uuid */
      id: string;
      /** @description the share drawn */
      percent: number;
      /** @description clients holding a valid certificate */
      population: number;
      seed: number;
      /** @description clients drawn */
      size: number;
      year: number;
    };
    SurveySampleInput: {
      drawnBy: string;
      /** @description YYYY-MM-DD */
      drawnOn: string;
      /** Format: uuid */
      id: string;
      /** @description the share drawn */
      percent: number;
      /** @description clients holding a valid certificate */
      population: number;
      seed: number;
      /** @description clients drawn */
      size: number;
      year: number;
    };
    SuspensionProposal: {
      /** @enum {string} */
      basis: 'OVERDUE_SURVEILLANCE' | 'INCIDENT';
      certificateExpiresOn: string;
      /** Format: uuid */
      certificateId: string;
      certificateNo: string;
      /** @enum {string} */
      certificateStatus: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
      certificateVersion: number;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      decidedBy: string | null;
      decidedOn: string | null;
      /** @description which missed deadline or incident it rests on, e.g. surveillance:<n>:<due date>, incident:<id> */
      dueKey: string;
      dueOn: string;
      /** Format: uuid */
      id: string;
      /** @description for an overdue surveillance: the surveillance audit already planned in its programme (the one that will meet it), if any */
      plannedAudit: {
        /** Format: uuid */
        id: string;
        plannedEnd: string;
        plannedStart: string;
      } | null;
      proposedOn: string;
      reason: string | null;
      /** @enum {string} */
      status: 'open' | 'accepted' | 'dismissed' | 'lapsed';
      version: number;
    };
    SuspensionProposalInput: {
      /** @enum {string} */
      basis: 'OVERDUE_SURVEILLANCE' | 'INCIDENT';
      certificateExpiresOn: string;
      /** Format: uuid */
      certificateId: string;
      certificateNo: string;
      /** @enum {string} */
      certificateStatus: 'valid' | 'suspended' | 'revoked' | 'withdrawn' | 'expired';
      certificateVersion: number;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      decidedBy: string | null;
      decidedOn: string | null;
      /** @description which missed deadline or incident it rests on, e.g. surveillance:<n>:<due date>, incident:<id> */
      dueKey: string;
      dueOn: string;
      /** Format: uuid */
      id: string;
      /** @description for an overdue surveillance: the surveillance audit already planned in its programme (the one that will meet it), if any */
      plannedAudit: {
        /** Format: uuid */
        id: string;
        plannedEnd: string;
        plannedStart: string;
      } | null;
      proposedOn: string;
      reason: string | null;
      /** @enum {string} */
      status: 'open' | 'accepted' | 'dismissed' | 'lapsed';
      version: number;
    };
    SuspensionProposalRecord: {
      /** @enum {string} */
      basis: 'OVERDUE_SURVEILLANCE' | 'INCIDENT';
      /** Format: uuid */
      certificateId: string;
      /** Format: uuid */
      clientId: string;
      decidedBy: string | null;
      decidedOn: string | null;
      /** @description which missed deadline or incident it rests on, e.g. surveillance:<n>:<due date>, incident:<id> */
      dueKey: string;
      dueOn: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      programmeId: string;
      proposedOn: string;
      reason: string | null;
      /** @enum {string} */
      status: 'open' | 'accepted' | 'dismissed' | 'lapsed';
      version: number;
    };
    SuspensionProposalRecordInput: {
      /** @enum {string} */
      basis: 'OVERDUE_SURVEILLANCE' | 'INCIDENT';
      /** Format: uuid */
      certificateId: string;
      /** Format: uuid */
      clientId: string;
      decidedBy: string | null;
      decidedOn: string | null;
      /** @description which missed deadline or incident it rests on, e.g. surveillance:<n>:<due date>, incident:<id> */
      dueKey: string;
      dueOn: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      programmeId: string;
      proposedOn: string;
      reason: string | null;
      /** @enum {string} */
      status: 'open' | 'accepted' | 'dismissed' | 'lapsed';
      version: number;
    };
    TeamCandidate: {
      coversAreas: string[];
      kinds: ('auditor' | 'technical_expert')[];
      name: string;
      previousAudits: {
        /** Format: uuid */
        auditId: string;
        /** @enum {string} */
        role: 'team_leader' | 'auditor' | 'technical_expert';
        start: string;
        /** @enum {string} */
        status: 'planned' | 'held' | 'cancelled';
        /** @enum {string} */
        type:
          | 'document_review'
          | 'initial_stage1'
          | 'initial_stage2'
          | 'surveillance'
          | 'recertification'
          | 'extra'
          | 'mystery_shopping'
          | 'random_survey';
      }[];
      registrationNos: string[];
      teamLeader: boolean;
      /** Format: uuid */
      userId: string;
    };
    TeamCandidateInput: {
      coversAreas: string[];
      kinds: ('auditor' | 'technical_expert')[];
      name: string;
      previousAudits: {
        /** Format: uuid */
        auditId: string;
        /** @enum {string} */
        role: 'team_leader' | 'auditor' | 'technical_expert';
        start: string;
        /** @enum {string} */
        status: 'planned' | 'held' | 'cancelled';
        /** @enum {string} */
        type:
          | 'document_review'
          | 'initial_stage1'
          | 'initial_stage2'
          | 'surveillance'
          | 'recertification'
          | 'extra'
          | 'mystery_shopping'
          | 'random_survey';
      }[];
      registrationNos: string[];
      teamLeader: boolean;
      /** Format: uuid */
      userId: string;
    };
    User: {
      active: boolean;
      /** Format: uuid */
      branchId: string | null;
      branchName: string | null;
      /**
       * Format: uuid
       * @description a portal account’s organisation
       */
      clientId: string | null;
      clientName: string | null;
      createdAt: string;
      /** @description the person’s name (姓名), without a job title */
      displayName: string;
      email: string | null;
      /** Format: uuid */
      id: string;
      lastSignInAt: string | null;
      /** @description locked by failed sign-ins for now; a reset lifts it */
      locked: boolean;
      /** @description clients it maintains (客户维护人): to hand over before disabling it */
      maintainedClients: number;
      /** @description 部门负责人 */
      manager: boolean;
      /** @description holds a one-time password not yet changed */
      mustChangePassword: boolean;
      phone: string | null;
      /** @enum {string} */
      role:
        'admin' | 'general_admin' | 'customer_service' | 'audit_management' | 'quality_technical' | 'decision_maker' | 'auditor' | 'client';
      username: string;
      version: number;
    };
    UserInput: {
      active: boolean;
      /** Format: uuid */
      branchId: string | null;
      branchName: string | null;
      /**
       * Format: uuid
       * @description a portal account’s organisation
       */
      clientId: string | null;
      clientName: string | null;
      createdAt: string;
      /** @description the person’s name (姓名), without a job title */
      displayName: string;
      email: string | null;
      /** Format: uuid */
      id: string;
      lastSignInAt: string | null;
      /** @description locked by failed sign-ins for now; a reset lifts it */
      locked: boolean;
      /** @description clients it maintains (客户维护人): to hand over before disabling it */
      maintainedClients: number;
      /** @description 部门负责人 */
      manager: boolean;
      /** @description holds a one-time password not yet changed */
      mustChangePassword: boolean;
      phone: string | null;
      /** @enum {string} */
      role:
        'admin' | 'general_admin' | 'customer_service' | 'audit_management' | 'quality_technical' | 'decision_maker' | 'auditor' | 'client';
      username: string;
      version: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
