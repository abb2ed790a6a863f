import {
  AlertOutlined,
  AuditOutlined,
  SafetyCertificateOutlined,
  FileProtectOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  PhoneOutlined,
  SmileOutlined,
  StarOutlined,
  ExclamationCircleOutlined,
  FileDoneOutlined,
  FileExcelOutlined,
  FileSearchOutlined,
  FieldTimeOutlined,
  GlobalOutlined,
  IdcardOutlined,
  LogoutOutlined,
  MessageOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { reducedMotion, theme } from './theme.js';
import { App as AntApp, Button, Card, ConfigProvider, Grid, Layout, Menu, Segmented, Space, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { api, setUnauthorisedHandler, type Me } from './api.js';
import { setLang, type Lang } from './i18n/index.js';
import { ApplicationsPage } from './pages/ApplicationsPage.js';
import { AuditLogPage } from './pages/AuditLogPage.js';
import { ClassificationPage } from './pages/ClassificationPage.js';
import { ClientDetailPage } from './pages/ClientDetailPage.js';
import { CommunicationPage } from './pages/CommunicationPage.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { MySurveysPage } from './pages/MySurveysPage.js';
import { SurveysPage } from './pages/SurveysPage.js';
import { ComplaintsPage } from './pages/ComplaintsPage.js';
import { ContractChangesPanel } from './components/ContractChangesPanel.js';
import { ClientListPage } from './pages/ClientListPage.js';
import { HolidaysPage } from './pages/HolidaysPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { CertificatesPage } from './pages/CertificatesPage.js';
import { DueListPage } from './pages/DueListPage.js';
import { ParametersPage } from './pages/ParametersPage.js';
import { ProposalsPage } from './pages/ProposalsPage.js';
import { RegistrationsPage } from './pages/RegistrationsPage.js';
import { ReportsPage } from './pages/ReportsPage.js';
import { IncidentPage } from './pages/IncidentPage.js';
import { IncidentsPage } from './pages/IncidentsPage.js';
import { RiskItemPage } from './pages/RiskItemPage.js';
import { RiskItemsPage } from './pages/RiskItemsPage.js';
import { SelfReportPage } from './pages/SelfReportPage.js';
import { SessionContext, usePersonLabel } from './session.js';
import { ForcedPasswordChange, PasswordButton } from './components/PasswordModal.js';
import { UsersPage } from './pages/UsersPage.js';
import { BackupsPage } from './pages/BackupsPage.js';

/** The sidebar as wide as its longest item in each language (English names run longer: "After-sales applications"). */
const SIDEBAR_WIDTH: Record<Lang, number> = { zh: 200, en: 256 };

export function App() {
  const { t, i18n } = useTranslation();
  // below 768 px (a phone) the header keeps only what fits: no user name, the sign-out as an icon
  const wide = Grid.useBreakpoint().md !== false;
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const navigate = useNavigate();
  const location = useLocation();
  const personLabel = usePersonLabel();
  const session = useMemo(
    () =>
      me
        ? {
            me,
            lang,
            may: (p: string) => me.permissions.includes(p),
            hides: (kind: string, field: string) => (me.hiddenFields[kind] ?? []).concat(me.hiddenFields.any ?? []).includes(field),
          }
        : null,
    [me, lang],
  );

  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('app.title');
  }, [lang, t]);

  useEffect(() => {
    setUnauthorisedHandler(() => setMe(null));
    api('GET', '/api/auth/me').then(setMe, () => setMe(null));
  }, []);

  const langSwitch = (
    <Segmented<Lang>
      size="small"
      value={lang}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={setLang}
    />
  );

  let body;
  if (me === undefined) body = <Spin style={{ marginTop: 120, width: '100%' }} />;
  else if (me === null || session === null) body = <LoginPage onLogin={setMe} langSwitch={langSwitch} />;
  else if (me.mustChangePassword)
    body = (
      <ForcedPasswordChange
        onChanged={() => setMe({ ...me, mustChangePassword: false })}
        onLogout={() => void api('POST', '/api/auth/logout').finally(() => setMe(null))}
        extra={langSwitch}
        minLength={me.passwordMinLength}
      />
    );
  else {
    // each page with the permissions its requests need: a role sees what it may open (me.permissions), each once
    const pages: { key: string; icon: ReactNode; label: string; needs: string[] }[] = [
      { key: '/dashboard', icon: <DashboardOutlined />, label: t('nav.dashboard'), needs: ['self:read'] },
      { key: '/clients', icon: <TeamOutlined />, label: t('nav.clients'), needs: ['clients:read'] },
      { key: '/certificates', icon: <FileProtectOutlined />, label: t('nav.certificates'), needs: ['certificates:list'] },
      { key: '/due', icon: <FieldTimeOutlined />, label: t('nav.dueList'), needs: ['duelist:read'] },
      { key: '/proposals', icon: <AlertOutlined />, label: t('nav.proposals'), needs: ['duelist:read'] },
      { key: '/risk', icon: <FileSearchOutlined />, label: t('nav.risk'), needs: ['risk:read'] },
      // the CB's incident register, with the risk information each came from; a client has its own on 事件自报
      { key: '/incidents', icon: <ExclamationCircleOutlined />, label: t('nav.incidents'), needs: ['incidents:read', 'risk:read'] },
      { key: '/self-report', icon: <ExclamationCircleOutlined />, label: t('nav.selfReport'), needs: ['incidents:self-report'] },
      { key: '/applications', icon: <FileDoneOutlined />, label: t('nav.applications'), needs: ['applications:read'] },
      { key: '/changes', icon: <SwapOutlined />, label: t('nav.changes'), needs: ['changes:handle'] },
      { key: '/complaints', icon: <MessageOutlined />, label: t('nav.complaints'), needs: ['complaints:read'] },
      { key: '/classification', icon: <StarOutlined />, label: t('nav.classification'), needs: ['classification:read'] },
      { key: '/surveys', icon: <SmileOutlined />, label: t('nav.surveys'), needs: ['surveys:read'] },
      { key: '/my-surveys', icon: <SmileOutlined />, label: t('nav.mySurveys'), needs: ['surveys:answer'] },
      { key: '/communication', icon: <PhoneOutlined />, label: t('nav.communication'), needs: ['communication:read'] },
      { key: '/reports', icon: <FileExcelOutlined />, label: t('nav.reports'), needs: ['reports:generate'] },
      { key: '/registrations', icon: <IdcardOutlined />, label: t('nav.registrations'), needs: ['programmes:read'] },
      { key: '/users', icon: <UserOutlined />, label: t('nav.users'), needs: ['users:manage', 'branches:write'] },
      { key: '/audit-log', icon: <SafetyCertificateOutlined />, label: t('nav.auditLog'), needs: ['audit:read'] },
      { key: '/backups', icon: <DatabaseOutlined />, label: t('nav.backups'), needs: ['backups:read'] },
      { key: '/parameters', icon: <SettingOutlined />, label: t('nav.parameters'), needs: ['parameters:read'] },
      { key: '/holidays', icon: <CalendarOutlined />, label: t('nav.holidays'), needs: ['holidays:read'] },
      // the public register is open to everyone, signed in or not
      { key: 'register', icon: <GlobalOutlined />, label: t('nav.register'), needs: [] },
      { key: 'docs', icon: <AuditOutlined />, label: t('nav.apiDocs'), needs: ['api:docs'] },
    ];
    const items = pages.filter((p) => p.needs.every(session.may)).map(({ key, icon, label }) => ({ key, icon, label }));
    // a page's address typed by hand opens only when its requests may be made: otherwise the dashboard
    const openIf = (needs: string[], page: ReactNode) => (needs.every(session.may) ? page : <Navigate to="/dashboard" replace />);
    const open = (key: string, page: ReactNode) => openIf(pages.find((p) => p.key === key)!.needs, page);
    body = (
      <SessionContext.Provider value={session}>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={SIDEBAR_WIDTH[lang]}>
            <Typography.Text strong style={{ display: 'block', padding: '16px 20px', fontSize: 20 }}>
              {t('app.short')}
            </Typography.Text>
            <Menu
              mode="inline"
              selectedKeys={[`/${location.pathname.split('/')[1]}`]}
              items={items}
              onClick={({ key }) =>
                key === 'docs'
                  ? window.open('/api/docs', '_blank')
                  : key === 'register'
                    ? window.open('/register', '_blank')
                    : navigate(key)
              }
            />
          </Layout.Sider>
          <Layout>
            <Layout.Header
              style={{
                background: '#fff',
                display: 'flex',
                justifyContent: 'space-between',
                alignItems: 'center',
                gap: 8,
                paddingInline: wide ? 24 : 12,
              }}
            >
              {/* the page's name, the one heading every page starts from; on a phone it gives way to the controls */}
              <Typography.Title
                level={1}
                style={{ fontSize: 18, margin: 0, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                data-testid="page-title"
              >
                {pages.find((p) => p.key === `/${location.pathname.split('/')[1]}`)?.label ?? ''}
              </Typography.Title>
              <Space size={wide ? 'middle' : 'small'} style={{ flex: 'none' }}>
                {langSwitch}
                {wide && <Typography.Text data-testid="current-user">{personLabel(me)}</Typography.Text>}
                {session.may('self:write') && <PasswordButton />}
                <Button
                  icon={<LogoutOutlined />}
                  aria-label={t('auth.logout')}
                  title={t('auth.logout')}
                  onClick={async () => {
                    await api('POST', '/api/auth/logout');
                    setMe(null);
                  }}
                >
                  {wide && t('auth.logout')}
                </Button>
              </Space>
            </Layout.Header>
            <Layout.Content style={{ margin: 16 }}>
              <Routes>
                <Route path="/dashboard" element={<DashboardPage />} />
                <Route path="/clients" element={open('/clients', <ClientListPage />)} />
                <Route path="/classification" element={open('/classification', <ClassificationPage />)} />
                <Route path="/surveys" element={open('/surveys', <SurveysPage />)} />
                <Route path="/my-surveys" element={open('/my-surveys', <MySurveysPage />)} />
                <Route path="/communication" element={open('/communication', <CommunicationPage />)} />
                <Route path="/clients/:id" element={open('/clients', <ClientDetailPage />)} />
                <Route path="/certificates" element={open('/certificates', <CertificatesPage />)} />
                <Route path="/due" element={open('/due', <DueListPage />)} />
                <Route path="/proposals" element={open('/proposals', <ProposalsPage />)} />
                <Route path="/registrations" element={open('/registrations', <RegistrationsPage />)} />
                <Route path="/risk" element={open('/risk', <RiskItemsPage />)} />
                <Route path="/risk/:id" element={open('/risk', <RiskItemPage />)} />
                <Route path="/incidents" element={open('/incidents', <IncidentsPage />)} />
                {/* one incident: also the portal's own reports, opened from 事件自报 */}
                <Route path="/incidents/:id" element={openIf(['incidents:read'], <IncidentPage />)} />
                <Route path="/self-report" element={open('/self-report', <SelfReportPage />)} />
                <Route path="/reports" element={open('/reports', <ReportsPage />)} />
                <Route path="/complaints" element={open('/complaints', <ComplaintsPage />)} />
                <Route path="/applications" element={open('/applications', <ApplicationsPage />)} />
                <Route
                  path="/changes"
                  element={open(
                    '/changes',
                    <Card title={t('nav.changes')}>
                      <ContractChangesPanel />
                    </Card>,
                  )}
                />
                <Route path="/users" element={open('/users', <UsersPage />)} />
                <Route path="/audit-log" element={open('/audit-log', <AuditLogPage />)} />
                <Route path="/backups" element={open('/backups', <BackupsPage />)} />
                <Route path="/parameters" element={open('/parameters', <ParametersPage />)} />
                <Route path="/holidays" element={open('/holidays', <HolidaysPage />)} />
                <Route path="*" element={<Navigate to="/dashboard" replace />} />
              </Routes>
            </Layout.Content>
          </Layout>
        </Layout>
      </SessionContext.Provider>
    );
  }

  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme} wave={{ disabled: reducedMotion }}>
      <AntApp>{body}</AntApp>
    </ConfigProvider>
  );
}
