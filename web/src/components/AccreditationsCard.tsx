import { DeleteOutlined, EditOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCREDITATION_LIMITS } from '../../../src/modules/accreditations/accreditation.rules.js';
import { certificationFields } from '../../../src/modules/certificates/certificate.rules.js';
import { api, download, type Answer } from '../api.js';
import { useSession, useShowError } from '../session.js';

type Accreditation = Answer<'/api/accreditations', 'GET'>[number];
type Field = Accreditation['field'];
const fields: readonly Field[] = certificationFields;
// the server's limits, so a field stops where the server would refuse
const inputs = Object.keys(ACCREDITATION_LIMITS) as (keyof typeof ACCREDITATION_LIMITS)[];
type Values = Record<(typeof inputs)[number], string>;

/** 认可信息: each certification field's accreditation body and number; the administrator sets, changes and removes them. */
export function AccreditationsCard() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const { message } = AntApp.useApp();
  const showError = useShowError();
  const editable = may('parameters:write');
  const [rows, setRows] = useState<Accreditation[] | null>(null);
  // the field being set or changed, and its accreditation when it has one
  const [editing, setEditing] = useState<{ field: Field; current: Accreditation | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Values>();
  const load = useCallback(() => api('GET', '/api/accreditations').then(setRows, showError), [showError]);
  useEffect(() => {
    void load();
  }, [load]);

  function open(field: Field, current: Accreditation | null) {
    form.resetFields();
    // a CB's fields are mostly accredited by one body under one number: a new one starts from another field's
    form.setFieldsValue(current ?? rows?.[0] ?? { symbolCode: '01', bodyAcronym: 'CNAS' });
    setEditing({ field, current });
  }

  async function save() {
    if (!editing) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const body = Object.fromEntries(inputs.map((k) => [k, values[k] ?? ''])) as Values;
      if (editing.current)
        await api('PUT', '/api/accreditations/{field}', {
          path: { field: editing.field },
          body: { ...body, version: editing.current.version },
        });
      else await api('POST', '/api/accreditations/{field}', { path: { field: editing.field }, body });
      void message.success(t('common.saved'));
      setEditing(null);
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
      void load();
    }
  }

  async function remove(a: Accreditation) {
    try {
      await api('DELETE', '/api/accreditations/{field}', { path: { field: a.field }, query: { version: a.version } });
      void message.success(t('common.saved'));
    } catch (err) {
      showError(err);
    }
    void load();
  }

  const byField = new Map((rows ?? []).map((a) => [a.field, a]));
  const fieldName = (f: Field) => t(`certificationFields.${f}`);
  return (
    <Card
      title={t('accreditations.title')}
      style={{ marginTop: 16 }}
      data-testid="accreditations"
      extra={
        <Button
          icon={<FileExcelOutlined />}
          onClick={() => download(`/api/accreditations/export?lang=${lang === 'en' ? 'en' : 'zh'}`, 'accreditations.xlsx').catch(showError)}
        >
          {t('accreditations.export')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('accreditations.hint')}</Typography.Paragraph>
      <Table<Field>
        rowKey={(f) => f}
        size="small"
        loading={rows === null}
        dataSource={[...fields]}
        pagination={false}
        columns={[
          { title: t('accreditations.field'), render: (_, f) => fieldName(f) },
          {
            title: t('accreditations.status'),
            render: (_, f) =>
              byField.has(f) ? <Tag color="green">{t('accreditations.accredited')}</Tag> : <Tag>{t('accreditations.notAccredited')}</Tag>,
          },
          {
            title: t('accreditations.bodyNameZh'),
            render: (_, f) => {
              const a = byField.get(f);
              return a ? `${lang === 'en' ? a.bodyNameEn : a.bodyNameZh}（${a.bodyAcronym}）` : '—';
            },
          },
          { title: t('accreditations.accreditationNo'), render: (_, f) => byField.get(f)?.accreditationNo ?? '—' },
          { title: t('accreditations.symbolCode'), width: 110, render: (_, f) => byField.get(f)?.symbolCode ?? '—' },
          ...(editable
            ? [
                {
                  title: '',
                  width: 200,
                  render: (_: unknown, f: Field) => {
                    const a = byField.get(f);
                    if (!a)
                      return (
                        <Button size="small" icon={<PlusOutlined />} onClick={() => open(f, null)}>
                          {t('accreditations.set')}
                        </Button>
                      );
                    return (
                      <Space>
                        <Button size="small" icon={<EditOutlined />} onClick={() => open(f, a)}>
                          {t('accreditations.edit')}
                        </Button>
                        <Popconfirm
                          title={t('accreditations.removeConfirm', { field: fieldName(f) })}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => remove(a)}
                        >
                          <Button size="small" danger icon={<DeleteOutlined />}>
                            {t('accreditations.remove')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing && t(editing.current ? 'accreditations.editTitle' : 'accreditations.setTitle', { field: fieldName(editing.field) })}
        onCancel={() => setEditing(null)}
        onOk={save}
        okText={t('common.save')}
        confirmLoading={saving}
      >
        <Form form={form} layout="vertical">
          {inputs.map((k) => (
            <Form.Item
              key={k}
              name={k}
              label={t(`accreditations.${k}`)}
              extra={k === 'symbolCode' ? t('accreditations.symbolCodeHelp') : undefined}
              rules={[
                { required: true, whitespace: true, message: t('accreditations.required', { what: t(`accreditations.${k}`) }) },
                ...(k === 'symbolCode' ? [{ pattern: /^\s*\d{2}\s*$/, message: t('accreditations.symbolCodeInvalid') }] : []),
              ]}
            >
              <Input maxLength={ACCREDITATION_LIMITS[k]} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </Card>
  );
}
