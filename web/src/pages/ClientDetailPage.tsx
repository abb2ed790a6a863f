import { formatMoney } from '../format.js';
import { codeTables, codeWords } from '../cnca-codes.js';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, type Branch, type Client, type HistoryEntry, type Incident } from '../api.js';
import { clientColumns } from '../columns.js';
import { CertificatesPanel } from '../components/CertificatesPanel.js';
import { ClientFormModal } from '../components/ClientFormModal.js';
import { NoticesPanel } from '../components/NoticesPanel.js';
import { ProgrammesPanel } from '../components/ProgrammesPanel.js';
import { IncidentTable } from './IncidentsPage.js';
import { ContractChangesPanel } from '../components/ContractChangesPanel.js';
import { ClassificationPanel } from '../components/ClassificationPanel.js';
import { CommunicationPanel } from '../components/CommunicationPanel.js';
import { DishonestyListing } from '../components/DishonestyListing.js';
import { HistoryTable } from '../components/HistoryTable.js';
import { pick, useSession, useShowError } from '../session.js';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join('; ') || '—';
  return String(value);
}

export function ClientDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const { may, lang, hides } = useSession();
  const showError = useShowError();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [client, setClient] = useState<Client | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [branches, setBranches] = useState<Branch[]>([]);
  const [editing, setEditing] = useState(false);

  const load = useCallback(async () => {
    try {
      setClient(await api('GET', '/api/clients/{id}', { path: { id: id! } }));
      if (may('clients:history')) setHistory(await api('GET', '/api/clients/{id}/history', { path: { id: id! } }));
    } catch (err) {
      showError(err);
    }
  }, [id, may, showError]);

  useEffect(() => {
    void load();
    if (may('branches:read')) api('GET', '/api/branches').then(setBranches, () => setBranches([]));
  }, [load, may]);

  if (!client) return <Card loading />;

  const branchName = (bid: unknown) => {
    const b = branches.find((x) => x.id === bid);
    return b ? (lang === 'en' ? b.nameEn : b.nameZh) : show(bid);
  };
  const display = (field: string, value: unknown) => {
    const kind = clientColumns.find((c) => c.key === field)?.kind;
    if (field === 'status') return value ? t(`status.${value}`) : '—';
    if (kind === 'boolean') return value ? t('common.yes') : t('common.no');
    if (kind === 'money' && typeof value === 'number') return formatMoney(value, lang);
    if (field === 'branchId') return branchName(value);
    if (field in codeTables) return codeWords(field, value as string | null, lang) || '—';
    if (Array.isArray(value)) return value.length ? value.join('; ') : '—';
    return show(value);
  };

  return (
    <Card
      title={
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Text strong>{client.name}</Typography.Text>
          {client.vip && <Tag color="gold">VIP</Tag>}
          {client.status !== undefined && <Tag color={client.status === 'active' ? 'green' : 'orange'}>{t(`status.${client.status}`)}</Tag>}
        </Space>
      }
      extra={
        may('clients:write') && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={search.get('tab') ?? 'basic'}
        onChange={(tab) => setSearch({ tab }, { replace: true })}
        items={[
          {
            key: 'basic',
            label: t('clients.basic'),
            children: (
              <>
                <DishonestyListing client={client} onChanged={load} />
                <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }}>
                  {clientColumns
                    .filter((c) => !hides('client', c.key))
                    .map((c) => (
                      <Descriptions.Item key={c.key} label={t(`fields.${c.key}`)} span={c.key === 'scope' || c.key === 'address' ? 3 : 1}>
                        {c.key === 'branchId' ? pick(client.branchName, lang) : display(c.key, client[c.key as keyof Client])}
                      </Descriptions.Item>
                    ))}
                </Descriptions>
              </>
            ),
          },
          ...(may('certificates:read')
            ? [{ key: 'certificates', label: t('certificates.tab'), children: <CertificatesPanel clientId={client.id} /> }]
            : []),
          ...(may('programmes:read')
            ? [{ key: 'programmes', label: t('programmes.tab'), children: <ProgrammesPanel clientId={client.id} /> }]
            : []),
          ...(may('changes:read')
            ? [{ key: 'changes', label: t('changes.tab'), children: <ContractChangesPanel clientId={client.id} /> }]
            : []),
          ...(may('incidents:read')
            ? [{ key: 'incidents', label: t('nav.incidents'), children: <ClientIncidents clientId={client.id} /> }]
            : []),
          ...(may('classification:read')
            ? [{ key: 'classification', label: t('classification.tab'), children: <ClassificationPanel clientId={client.id} /> }]
            : []),
          ...(may('communication:read')
            ? [
                {
                  key: 'communication',
                  label: t('communication.tab'),
                  children: <CommunicationPanel clientId={client.id} vip={client.vip} status={client.status} onStatusChanged={load} />,
                },
              ]
            : []),
          ...(may('notices:read') ? [{ key: 'notices', label: t('notices.tab'), children: <NoticesPanel clientId={client.id} /> }] : []),
          ...(may('clients:history')
            ? [
                {
                  key: 'history',
                  label: t('clients.history'),
                  children: <HistoryTable entries={history} testId="client-history" />,
                },
              ]
            : []),
        ]}
      />
      <ClientFormModal
        open={editing}
        client={client}
        branches={branches}
        onClose={() => {
          setEditing(false);
          void load();
        }}
        onSaved={() => {
          setEditing(false);
          void load();
        }}
      />
    </Card>
  );
}

function ClientIncidents({ clientId }: { clientId: string }) {
  const { lang } = useSession();
  const showError = useShowError();
  const [rows, setRows] = useState<Incident[] | null>(null);
  useEffect(() => {
    api('GET', '/api/incidents', { query: { clientId } }).then(setRows, showError);
  }, [clientId, showError]);
  return <IncidentTable rows={rows} lang={lang} />;
}
