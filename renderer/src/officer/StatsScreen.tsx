/**
 * The figures a unit is judged on, for a period: received by channel and field, completed early /
 * on time / late, overdue now, average processing time, per officer, citizens' satisfaction, and
 * the periodic report (XLSX / PDF).
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { call } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { vnDecimal1 } from '../format';
import { DeskShell } from './DeskShell';
import { thisMonth } from './period';
import { PeriodicReport } from './PeriodicReport';
import type { FeedbackStats } from '../../../main/feedback/types';
import type { PeriodicReport as PeriodicFigures, StatsResult } from '../../../main/reports/types';

const dong = new Intl.NumberFormat('vi-VN');
const TIMING_COLOURS = ['#0b6b2f', '#0a4a8f', '#a4001d'];
const LEVEL_COLOURS = ['#a4001d', '#c2410c', '#6b7280', '#0a4a8f', '#0b6b2f'];

export function StatsScreen() {
  const { t } = useTranslation();
  return <DeskShell title={t('desk.stats.title')}>{() => <Stats />}</DeskShell>;
}

function Stats() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(thisMonth);
  const [stats, setStats] = useState<StatsResult | null>(null);
  const [feedback, setFeedback] = useState<FeedbackStats | null>(null);
  const [periodic, setPeriodic] = useState<{
    report: PeriodicFigures;
    period: { from: string; to: string };
  } | null>(null);
  const [error, setError] = useState<FormError | null>(null);

  const load = useCallback(async (p: { from: string; to: string }) => {
    try {
      const [s, f, r] = await Promise.all([
        call('reports.stats', p),
        call('feedback.stats', { from: `${p.from}T00:00:00+07:00`, to: `${p.to}T23:59:59+07:00` }),
        call('reports.periodic', p),
      ]);
      setStats(s);
      setFeedback(f);
      setPeriodic({ report: r, period: p });
      setError(null);
    } catch (err) {
      setError(toFormError(err));
    }
  }, []);

  useEffect(() => {
    // The current month on arrival; later periods on "Xem".
    const p = thisMonth();
    Promise.all([
      call('reports.stats', p),
      call('feedback.stats', { from: `${p.from}T00:00:00+07:00`, to: `${p.to}T23:59:59+07:00` }),
      call('reports.periodic', p),
    ]).then(
      ([s, f, r]) => {
        setStats(s);
        setFeedback(f);
        setPeriodic({ report: r, period: p });
      },
      (err: unknown) => setError(toFormError(err)),
    );
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void load(period);
  };

  return (
    <main className="report-page">
      <form
        className="card report-filters"
        onSubmit={submit}
        aria-label={t('desk.stats.title')}
        noValidate
      >
        <TextField
          label={t('desk.stats.from')}
          type="date"
          value={period.from}
          onChange={(from) => setPeriod({ ...period, from })}
          error={errorFor(error, 'from')}
        />
        <TextField
          label={t('desk.stats.to')}
          type="date"
          value={period.to}
          onChange={(to) => setPeriod({ ...period, to })}
          error={errorFor(error, 'to')}
        />
        <div className="actions">
          <button type="submit" className="btn btn--primary">
            {t('desk.stats.show')}
          </button>
        </div>
      </form>
      <ErrorNotice message={error?.message} />
      {stats && <Figures stats={stats} feedback={feedback} />}
      {periodic && <PeriodicReport report={periodic.report} period={periodic.period} />}
      {stats && <Charts stats={stats} feedback={feedback} />}
    </main>
  );
}

function Figures({ stats, feedback }: { stats: StatsResult; feedback: FeedbackStats | null }) {
  const { t } = useTranslation();
  const rate = stats.completed.onTimeRate;
  const items: [string, string][] = [
    [t('desk.stats.received'), String(stats.received.total)],
    [t('desk.stats.completed'), String(stats.completed.total)],
    [t('desk.stats.onTimeRate'), rate === null ? '—' : `${rate} %`],
    [t('desk.stats.overdueNow'), String(stats.overdueNow)],
    [
      t('desk.stats.average'),
      stats.averageProcessingDays === null
        ? '—'
        : t('desk.stats.days', { value: vnDecimal1(stats.averageProcessingDays) }),
    ],
    [t('desk.stats.returned'), String(stats.returned.total)],
    [t('desk.stats.fees'), `${dong.format(stats.returned.feeTotal)} đ`],
    [
      t('desk.stats.satisfied'),
      feedback?.satisfiedPercent == null ? '—' : `${feedback.satisfiedPercent} %`,
    ],
  ];
  return (
    <dl className="figures" aria-label={t('desk.stats.title')}>
      {items.map(([label, value]) => (
        <div className="figure" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ChartCard({
  title,
  children,
  empty,
}: {
  title: string;
  children: ReactNode;
  empty: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {empty ? (
        <p className="muted">{t('desk.stats.none')}</p>
      ) : (
        <div style={{ width: '100%', height: 280 }}>{children}</div>
      )}
    </section>
  );
}

function Charts({ stats, feedback }: { stats: StatsResult; feedback: FeedbackStats | null }) {
  const { t } = useTranslation();
  const channels = stats.received.byChannel.map((c) => ({
    name: channelName(t, c.key, c.label),
    count: c.count,
  }));
  const fields = stats.received.byField
    .slice(0, 10)
    .map((f) => ({ name: f.label || f.key, count: f.count }));
  const timing = [
    { name: t('desk.stats.early'), value: stats.completed.early, fill: TIMING_COLOURS[0] },
    { name: t('desk.stats.onTime'), value: stats.completed.onTime, fill: TIMING_COLOURS[1] },
    { name: t('desk.stats.late'), value: stats.completed.late, fill: TIMING_COLOURS[2] },
  ].filter((x) => x.value > 0);
  const levels = feedback
    ? [...feedback.levels]
        .sort((a, b) => a.level - b.level)
        .map((l) => ({ name: l.label, count: l.count }))
    : [];
  const officers = stats.byOfficer.map((o) => ({
    name: o.fullName || o.username,
    received: o.received,
    returned: o.returned,
  }));
  return (
    <>
      <div className="charts">
        <ChartCard title={t('desk.stats.byChannel')} empty={channels.length === 0}>
          <ResponsiveContainer>
            <BarChart data={channels}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar
                dataKey="count"
                name={t('desk.stats.count')}
                fill="#0a4a8f"
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title={t('desk.stats.completed')} empty={stats.completed.total === 0}>
          <ResponsiveContainer>
            <PieChart>
              {/* One slice alone gets no white seam from its centre to its edge. */}
              <Pie
                data={timing}
                dataKey="value"
                nameKey="name"
                outerRadius={100}
                label
                isAnimationActive={false}
                stroke={timing.length > 1 ? '#fff' : 'none'}
              >
                {timing.map((x) => (
                  <Cell key={x.name} fill={x.fill} />
                ))}
              </Pie>
              <Legend />
              <Tooltip />
            </PieChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title={t('desk.stats.byField')} empty={fields.length === 0}>
          <ResponsiveContainer>
            <BarChart data={fields} layout="vertical" margin={{ left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Bar
                dataKey="count"
                name={t('desk.stats.count')}
                fill="#0a4a8f"
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title={t('desk.stats.satisfaction')} empty={!feedback || feedback.total === 0}>
          <ResponsiveContainer>
            <BarChart data={levels}>
              <CartesianGrid strokeDasharray="3 3" />
              {/* All five levels named, each wrapped to its own column (recharts otherwise drops the ones that collide). */}
              <XAxis dataKey="name" interval={0} height={48} tick={{ fontSize: 12, width: 72 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="count" name={t('desk.stats.ratings')} isAnimationActive={false}>
                {levels.map((_, i) => (
                  <Cell key={i} fill={LEVEL_COLOURS[i]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </div>
      <section className="card" aria-labelledby="per-officer-title">
        <h2 id="per-officer-title">{t('desk.stats.perOfficer')}</h2>
        {officers.length === 0 ? (
          <p className="muted">{t('desk.stats.none')}</p>
        ) : (
          <table className="table table--dense">
            <thead>
              <tr>
                <th scope="col">{t('desk.stats.officer')}</th>
                <th scope="col">{t('desk.stats.officerReceived')}</th>
                <th scope="col">{t('desk.stats.officerReturned')}</th>
                <th scope="col">{t('desk.stats.fees')}</th>
                <th scope="col">{t('desk.stats.ratings')}</th>
                <th scope="col">{t('desk.stats.averageRating')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.byOfficer.map((o) => {
                const rated = feedback?.officers.find((f) => f.officer === o.username);
                return (
                  <tr key={o.username}>
                    <td>{o.fullName || o.username}</td>
                    <td>{o.received}</td>
                    <td>{o.returned}</td>
                    <td>{dong.format(o.feesCollected)} đ</td>
                    <td>{rated?.total ?? 0}</td>
                    <td>{rated?.average ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** The channel's name from the i18n table (1 in person, 2 online, 3 post), else the core's label. */
function channelName(t: TFunction, key: number, label: string): string {
  if (key === 1) return t('desk.stats.channel.inPerson');
  if (key === 2) return t('desk.stats.channel.online');
  if (key === 3) return t('desk.stats.channel.post');
  return label;
}
