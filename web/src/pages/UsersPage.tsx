import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString, type Branch, type Query, type User } from '../api.js';
import { cbDateTime } from '../cb-time.js';
import { ClientSelect } from '../components/ClientSelect.js';
import { ExportButton } from '../components/ExportButton.js';
import { formFieldErrors, useSave, useSession, useShowError } from '../session.js';

/** The roles that are departments, each with its manager (部门负责人); the server's rule is the same (user.rules.ts). */
const departmentRoles = ['general_admin', 'customer_service', 'audit_management', 'quality_technical', 'decision_maker'];
const roleKeys = [
  'admin',
  'general_admin',
  'customer_service',
  'audit_management',
  'quality_technical',
  'decision_maker',
  'auditor',
  'client',
];

/** A one-time password the policy accepts: 15 letters and digits in three groups, read out or sent easily. */
function oneTimePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(15));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5, 10)}-${chars.slice(10)}`;
}

/** After saving, the one-time password stays on screen until the administrator has noted it down. */
function useShowOneTimePassword() {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  return (username: string, password: string) =>
    modal.success({
      title: t('users.handOutTitle'),
      content: (
        <Space direction="vertical" data-testid="handed-out">
          <Typography.Text>{t('users.handOutText')}</Typography.Text>
          <Typography.Text>
            {t('users.username')}: <Typography.Text code>{username}</Typography.Text>
          </Typography.Text>
          <Typography.Text>
            {t('users.oneTimePassword')}:{' '}
            <Typography.Text code copyable data-testid="handed-out-password">
              {password}
            </Typography.Text>
          </Typography.Text>
        </Space>
      ),
    });
}

/** 用户与分支机构: the administrator's accounts (one-time passwords, disabling a leaver) and branches. */
export function UsersPage() {
  const { t } = useTranslation();
  const [branches, setBranches] = useState<Branch[]>([]);
  const showError = useShowError();
  const loadBranches = useCallback(() => api('GET', '/api/branches').then(setBranches, showError), [showError]);
  useEffect(() => {
    void loadBranches();
  }, [loadBranches]);
  return (
    <Card title={t('users.title')}>
      <Tabs
        items={[
          { key: 'users', label: t('users.accounts'), children: <AccountsTab branches={branches} /> },
          { key: 'branches', label: t('users.branches'), children: <BranchesTab branches={branches} reload={loadBranches} /> },
        ]}
      />
    </Card>
  );
}

function AccountsTab({ branches }: { branches: Branch[] }) {
  const { t } = useTranslation();
  const { me, lang } = useSession();
  const showError = useShowError();
  const [filter, setFilter] = useState<Query<'/api/users'>>({ active: 'true' });
  const [rows, setRows] = useState<User[] | null>(null);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<{ user: User; enable: boolean } | null>(null);
  const load = useCallback(() => api('GET', '/api/users', { query: filter }).then(setRows, showError), [filter, showError]);
  useEffect(() => {
    void load();
  }, [load]);
  const disable = (u: User) =>
    api('POST', '/api/users/{id}/disable', { path: { id: u.id }, body: { version: u.version } }).then(load, showError);

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('users.search')}
            aria-label={t('users.search')}
            style={{ width: 240 }}
            onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined }))}
          />
          <Select
            allowClear
            placeholder={t('users.role')}
            aria-label={t('users.role')}
            style={{ width: 160 }}
            value={filter.role}
            onChange={(role) => setFilter((f) => ({ ...f, role }))}
            options={roleKeys.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <Select
            allowClear
            placeholder={t('users.branch')}
            aria-label={t('users.branch')}
            style={{ width: 160 }}
            value={filter.branchId}
            onChange={(branchId) => setFilter((f) => ({ ...f, branchId }))}
            options={branches.map((b) => ({ value: b.id, label: lang === 'en' ? b.nameEn : b.nameZh }))}
          />
          <Select
            allowClear
            placeholder={t('common.status')}
            aria-label={t('common.status')}
            style={{ width: 120 }}
            data-testid="status-filter"
            value={filter.active}
            onChange={(active) => setFilter((f) => ({ ...f, active }))}
            options={[
              { value: 'true', label: t('users.active') },
              { value: 'false', label: t('users.disabled') },
            ]}
          />
        </Space>
        <Space>
          <ExportButton url={`/api/users/export?${queryString(filter)}`} fallbackName="users.xlsx" />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-user">
            {t('users.newUser')}
          </Button>
        </Space>
      </Space>
      <Table<User>
        data-testid="users"
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        scroll={{ x: 1500 }}
        pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          { title: t('users.username'), dataIndex: 'username', width: 130 },
          { title: t('users.displayName'), dataIndex: 'displayName', width: 110 },
          {
            title: t('users.role'),
            width: 150,
            render: (_, u) => (
              <>
                {t(`roles.${u.role}`)}
                {u.manager && <Tag style={{ marginLeft: 6 }}>{t('users.manager')}</Tag>}
              </>
            ),
          },
          {
            title: t('users.branch'),
            width: 130,
            render: (_, u) => (u.role === 'client' ? '' : (u.branchName ?? t('users.allBranches'))),
          },
          { title: t('users.organisation'), dataIndex: 'clientName', width: 200, ellipsis: true },
          {
            title: t('users.contact'),
            width: 190,
            ellipsis: true,
            render: (_, u) => [u.email, u.phone].filter(Boolean).join(' · '),
          },
          {
            title: t('common.status'),
            width: 150,
            render: (_, u) => (
              <Space size={4} wrap>
                {u.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.disabled')}</Tag>}
                {u.mustChangePassword && <Tag color="orange">{t('users.oneTimePending')}</Tag>}
                {u.locked && <Tag color="red">{t('users.locked')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('users.lastSignIn'),
            width: 140,
            render: (_, u) => (u.lastSignInAt ? cbDateTime(u.lastSignInAt) : t('users.never')),
          },
          {
            title: t('common.actions'),
            width: 220,
            render: (_, u) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing(u)}>
                  {t('common.edit')}
                </Button>
                {/* one's own password is changed in the header, with the current one */}
                {u.id !== me.id && u.active && (
                  <Button type="link" size="small" onClick={() => setResetting({ user: u, enable: false })}>
                    {t('users.resetPassword')}
                  </Button>
                )}
                {u.id !== me.id &&
                  (u.active ? (
                    <Popconfirm
                      title={t('users.confirmDisable', { name: u.displayName })}
                      description={
                        <>
                          {t('users.disableEffect')}
                          {u.maintainedClients > 0 && (
                            <Typography.Paragraph type="warning" style={{ margin: '4px 0 0' }}>
                              {t('users.handOverClients', { count: u.maintainedClients })}
                            </Typography.Paragraph>
                          )}
                        </>
                      }
                      okText={t('users.disable')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => disable(u)}
                    >
                      <Button type="link" size="small" danger>
                        {t('users.disable')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button type="link" size="small" onClick={() => setResetting({ user: u, enable: true })}>
                      {t('users.enable')}
                    </Button>
                  ))}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          branches={branches}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void load();
          }}
        />
      )}
      {resetting && (
        <ResetPasswordModal
          user={resetting.user}
          enable={resetting.enable}
          onClose={(saved) => {
            setResetting(null);
            if (saved) void load();
          }}
        />
      )}
    </>
  );
}

/** The one-time password field with a button that makes one; the administrator tells it to the user. */
function OneTimePasswordItem() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.Item label={t('users.oneTimePassword')} extra={t('users.oneTimeHint')} required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name="password" noStyle rules={[{ required: true, message: t('users.oneTimeRequired') }]}>
          <Input autoComplete="off" data-testid="one-time-password" />
        </Form.Item>
        <Button icon={<KeyOutlined />} onClick={() => form.setFieldValue('password', oneTimePassword())} data-testid="generate-password">
          {t('users.generate')}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}

function UserFormModal({ user, branches, onClose }: { user: User | null; branches: Branch[]; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const [form] = Form.useForm();
  const role: string | undefined = Form.useWatch('role', form);
  const { saving, save } = useSave(() => onClose(true));
  const showPassword = useShowOneTimePassword();
  const staff = role !== undefined && role !== 'client';
  const submit = async () => {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const account = {
      displayName: v.displayName,
      role: v.role,
      branchId: staff && v.role !== 'admin' ? (v.branchId ?? null) : null,
      clientId: v.role === 'client' ? v.clientId : null,
      email: v.email || null,
      phone: v.phone || null,
      manager: departmentRoles.includes(v.role) ? Boolean(v.manager) : false,
    };
    await save(async () => {
      try {
        if (user)
          await api('PATCH', '/api/users/{id}', { path: { id: user.id }, body: { version: user.version, ...sentChanges(user, account) } });
        else {
          const created = await api('POST', '/api/users', { body: { username: v.username, password: v.password, ...account } });
          showPassword(created.username, v.password);
        }
      } catch (err) {
        form.setFields(formFieldErrors(err, lang));
        throw err;
      }
    });
  };
  return (
    <Modal
      open
      title={user ? t('users.editUser', { name: user.displayName }) : t('users.newUser')}
      onCancel={() => onClose(false)}
      onOk={submit}
      confirmLoading={saving}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" initialValues={user ?? { role: 'customer_service', manager: false }}>
        {user ? (
          <Form.Item label={t('users.username')}>
            <Typography.Text code>{user.username}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            name="username"
            label={t('users.username')}
            extra={t('users.usernameHint')}
            rules={[{ required: true }, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,49}$/, message: t('users.usernameHint') }]}
          >
            <Input autoComplete="off" data-testid="username" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('users.displayName')} extra={t('users.displayNameHint')} rules={[{ required: true }]}>
          <Input data-testid="display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select data-testid="role" options={roleKeys.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        {staff && role !== 'admin' && (
          <Form.Item name="branchId" label={t('users.branch')} extra={t('users.branchHint')}>
            <Select
              allowClear
              data-testid="branch"
              placeholder={t('users.allBranches')}
              options={branches
                .filter((b) => b.active || b.id === user?.branchId)
                .map((b) => ({ value: b.id, label: lang === 'en' ? b.nameEn : b.nameZh }))}
            />
          </Form.Item>
        )}
        {role === 'client' && (
          <Form.Item name="clientId" label={t('users.organisation')} rules={[{ required: true }]}>
            <ClientSelect />
          </Form.Item>
        )}
        <Form.Item
          name="email"
          label={t('users.email')}
          normalize={(v: string) => v?.trim()}
          rules={[{ type: 'email', message: t('users.emailInvalid') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('users.phone')}>
          <Input />
        </Form.Item>
        {role !== undefined && departmentRoles.includes(role) && (
          <Form.Item name="manager" label={t('users.manager')} valuePropName="checked" extra={t('users.managerHint')}>
            <Switch />
          </Form.Item>
        )}
        {!user && <OneTimePasswordItem />}
      </Form>
    </Modal>
  );
}

/** Only what differs from the stored account: a PATCH changes exactly the fields it is sent. */
function sentChanges(user: User, account: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(account).filter(([k, v]) => (user as unknown as Record<string, unknown>)[k] !== v));
}

/** A new one-time password: to reset a forgotten one, or to enable a returning account (never its old password). */
function ResetPasswordModal({ user, enable, onClose }: { user: User; enable: boolean; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(() => onClose(true));
  const showPassword = useShowOneTimePassword();
  const submit = async () => {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(async () => {
      await api('POST', `/api/users/{id}/${enable ? 'enable' : 'password'}`, {
        path: { id: user.id },
        body: { version: user.version, password: v.password },
      });
      showPassword(user.username, v.password);
    });
  };
  return (
    <Modal
      open
      title={t(enable ? 'users.enableOf' : 'users.resetPasswordOf', { name: user.displayName })}
      onCancel={() => onClose(false)}
      onOk={submit}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(enable ? 'users.enableEffect' : 'users.resetEffect')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <OneTimePasswordItem />
      </Form>
    </Modal>
  );
}

function BranchesTab({ branches, reload }: { branches: Branch[]; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [editing, setEditing] = useState<Branch | 'new' | null>(null);
  const setActive = (b: Branch, active: boolean) =>
    api('POST', `/api/branches/{id}/${active ? 'activate' : 'deactivate'}`, { path: { id: b.id }, body: { version: b.version } }).then(
      reload,
      showError,
    );
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('users.newBranch')}
        </Button>
      </Space>
      <Table<Branch>
        data-testid="branches"
        rowKey="id"
        size="small"
        dataSource={branches}
        pagination={false}
        columns={[
          { title: t('users.branchCode'), dataIndex: 'code', width: 120 },
          { title: t('users.nameZh'), dataIndex: 'nameZh' },
          { title: t('users.nameEn'), dataIndex: 'nameEn' },
          { title: t('users.activeUsers'), dataIndex: 'activeUsers', width: 100, align: 'right' },
          { title: t('users.clientCount'), dataIndex: 'clients', width: 100, align: 'right' },
          {
            title: t('common.status'),
            width: 100,
            render: (_, b) => (b.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.branchClosed')}</Tag>),
          },
          {
            title: t('common.actions'),
            width: 180,
            render: (_, b) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(b)}>
                  {t('users.rename')}
                </Button>
                {b.active ? (
                  <Popconfirm
                    title={t('users.confirmCloseBranch', { name: b.nameZh })}
                    description={t('users.closeBranchEffect', { clients: b.clients, users: b.activeUsers })}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => setActive(b, false)}
                  >
                    <Button type="link" size="small" danger>
                      {t('users.closeBranch')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button type="link" size="small" onClick={() => setActive(b, true)}>
                    {t('users.reopenBranch')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <BranchFormModal
          branch={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void reload();
          }}
        />
      )}
    </>
  );
}

function BranchFormModal({ branch, onClose }: { branch: Branch | null; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(() => onClose(true));
  const submit = async () => {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(() =>
      branch
        ? api('PATCH', '/api/branches/{id}', {
            path: { id: branch.id },
            body: { version: branch.version, nameZh: v.nameZh, nameEn: v.nameEn },
          })
        : api('POST', '/api/branches', { body: v }),
    );
  };
  return (
    <Modal
      open
      title={branch ? t('users.rename') : t('users.newBranch')}
      onCancel={() => onClose(false)}
      onOk={submit}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={branch ?? {}}>
        {!branch && (
          <Form.Item name="code" label={t('users.branchCode')} extra={t('users.branchCodeHint')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="nameZh" label={t('users.nameZh')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('users.nameEn')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
