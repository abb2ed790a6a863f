import { Button, Card, Empty, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type PortalSurvey } from '../api.js';
import { SurveyAnswerModal } from '../components/SurveyAnswerModal.js';
import { useShowError } from '../session.js';

/** A certified client's own satisfaction forms, answered here in the portal. */
export function MySurveysPage() {
  const { t } = useTranslation();
  const showError = useShowError();
  const [rows, setRows] = useState<PortalSurvey[] | null>(null);
  const [answering, setAnswering] = useState<PortalSurvey | null>(null);
  const load = useCallback(() => {
    api('GET', '/api/portal/surveys').then(setRows, showError);
  }, [showError]);
  useEffect(load, [load]);
  return (
    <Card title={t('nav.mySurveys')}>
      {rows && rows.length === 0 ? (
        <Empty description={t('surveys.none')} />
      ) : (
        <Table<PortalSurvey>
          data-testid="my-surveys"
          rowKey="id"
          loading={!rows}
          dataSource={rows ?? []}
          pagination={false}
          columns={[
            { title: t('surveys.issuedOn'), dataIndex: 'issuedOn', width: 120 },
            { title: t('surveys.kind'), render: (_, s) => t(`surveys.kinds.${s.kind}`) },
            { title: t('surveys.auditors'), render: (_, s) => s.auditors.map((a) => a.name).join('、') },
            {
              title: t('common.status'),
              width: 200,
              render: (_, s) =>
                s.answeredOn ? (
                  <Tag color="green">
                    {t('surveys.answered')} {s.answeredOn}
                  </Tag>
                ) : (
                  <Button type="primary" size="small" onClick={() => setAnswering(s)}>
                    {t('surveys.answer')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      {answering && (
        <SurveyAnswerModal
          survey={answering}
          paper={false}
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnswering(null);
            load();
          }}
        />
      )}
    </Card>
  );
}
