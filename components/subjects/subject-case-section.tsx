import Link from "next/link";
import type { ReactNode } from "react";
import { countyByFips } from "@/lib/geo/county-names";
import { formatCalendarDate, formatDateTime } from "@/lib/i18n/format";
import { contactResultKey, outcomeKey, statusKey, timelineKindKey } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import type { SubjectRecord } from "@/lib/subjects/data";

type Case = SubjectRecord["cases"][number];

const Part = ({ title, count, children }: { title: string; count: number; children: ReactNode }) => (
  <div className="subject-part">
    <h4 className="subject-part__title">
      {title} <span className="panel__count">{count}</span>
    </h4>
    {children}
  </div>
);

/** One case as the subject view shows it: its facts, then each kind of record it holds about the person. */
export const SubjectCaseSection = async ({ item, timeZone, linkToCase }: { item: Case; timeZone: string; linkToCase: boolean }) => {
  const { t, locale } = await getT();
  const at = (d: Date | null) => (d ? formatDateTime(d.toISOString(), { locale, timeZone }) : t("subjects.none"));
  const county = item.countyFips ? countyByFips(item.countyFips) : null;
  const empty = <p className="muted">{t("subjects.empty")}</p>;
  const legal = item.legalRecord;
  return (
    <section className="panel subject-case" aria-labelledby={`case-${item.id}`} data-testid="subject-case" data-case-number={item.number}>
      <h3 id={`case-${item.id}`} className="panel__subtitle mono">
        {linkToCase ? (
          <Link prefetch={false} href={`/cases/${item.id}`}>
            {item.number}
          </Link>
        ) : (
          item.number
        )}
      </h3>
      <dl className="facts">
        <div><dt>{t("subjects.case.consulate")}</dt><dd>{item.consulate.name} ({item.consulate.code})</dd></div>
        <div><dt>{t("subjects.case.status")}</dt><dd>{t(statusKey(item.status))}</dd></div>
        <div><dt>{t("subjects.case.outcome")}</dt><dd>{item.outcome ? t(outcomeKey(item.outcome)) : t("subjects.none")}</dd></div>
        <div><dt>{t("subjects.case.alertAt")}</dt><dd>{at(item.alertAt)}</dd></div>
        <div><dt>{t("subjects.case.closedAt")}</dt><dd>{at(item.closedAt)}</dd></div>
        <div><dt>{t("subjects.case.county")}</dt><dd>{county ? `${county.name}, ${county.state}` : t("subjects.none")}</dd></div>
        <div><dt>{t("subjects.case.owner")}</dt><dd>{item.owner ?? t("subjects.none")}</dd></div>
        <div><dt>{t("subjects.case.lastPlace")}</dt><dd>{item.lastPlace ?? t("subjects.none")}</dd></div>
      </dl>
      {item.message && (
        <blockquote className="subject-message" aria-label={t("subjects.case.message")}>
          {item.message}
        </blockquote>
      )}
      <div className="subject-parts">
        <Part title={t("subjects.relatives.title")} count={item.relatives.length}>
          {item.relatives.length === 0 ? empty : (
            <ul className="subject-list">
              {item.relatives.map((r, i) => <li key={i}>{r.name ?? t("subjects.none")} · {r.phone ?? t("subjects.none")}{r.relationship ? ` · ${r.relationship}` : ""}</li>)}
            </ul>
          )}
        </Part>
        <Part title={t("subjects.notes.title")} count={item.notes.length}>
          {item.notes.length === 0 ? empty : (
            <ul className="subject-list">
              {item.notes.map((n, i) => <li key={i}><span className="muted">{at(n.at)} · {n.author}</span> {n.body}</li>)}
            </ul>
          )}
        </Part>
        <Part title={t("subjects.attempts.title")} count={item.contactAttempts.length}>
          {item.contactAttempts.length === 0 ? empty : (
            <ul className="subject-list">
              {item.contactAttempts.map((a, i) => (
                <li key={i}><span className="muted">{at(a.at)} · {a.author}</span> {a.contactName} · {t(contactResultKey(a.result as never))}{a.notes ? ` · ${a.notes}` : ""}</li>
              ))}
            </ul>
          )}
        </Part>
        <Part title={t("subjects.family.title")} count={item.familyMessages.length}>
          {item.familyMessages.length === 0 ? empty : (
            <ul className="subject-list">
              {item.familyMessages.map((m, i) => (
                <li key={i}><span className="muted">{at(m.at)} · {t(`legal.messageStatus.${m.status}` as never)} · {m.phone}</span> {m.body}</li>
              ))}
            </ul>
          )}
        </Part>
        <Part title={t("subjects.legal.title")} count={legal ? 1 : 0}>
          {!legal ? empty : (
            <dl className="facts">
              <div><dt>{t("subjects.legal.facility")}</dt><dd>{legal.facility ?? t("subjects.none")}</dd></div>
              <div><dt>{t("subjects.legal.custody")}</dt><dd>{legal.custodyStatus ? t(`legal.custody.${legal.custodyStatus}` as never) : t("subjects.none")}</dd></div>
              <div><dt>{t("subjects.legal.detainedOn")}</dt><dd>{legal.detainedOn ? formatCalendarDate(legal.detainedOn, locale) : t("subjects.none")}</dd></div>
              <div><dt>{t("subjects.legal.lawyer")}</dt><dd>{[legal.lawyerName, legal.lawyerPhone].filter(Boolean).join(" · ") || t("subjects.none")}</dd></div>
              <div><dt>{t("subjects.legal.partner")}</dt><dd>{legal.partnerOrg ?? t("subjects.none")}</dd></div>
              <div><dt>{t("subjects.legal.assignee")}</dt><dd>{legal.assignee ?? t("subjects.none")}</dd></div>
            </dl>
          )}
        </Part>
        <Part title={t("subjects.hearings.title")} count={item.hearings.length}>
          {item.hearings.length === 0 ? empty : (
            <ul className="subject-list">
              {item.hearings.map((h, i) => <li key={i}>{at(h.scheduledAt)} · {t(`legal.hearingType.${h.type}` as never)} · {h.court}{h.judge ? ` · ${h.judge}` : ""}</li>)}
            </ul>
          )}
        </Part>
        <Part title={t("subjects.tasks.title")} count={item.tasks.length}>
          {item.tasks.length === 0 ? empty : (
            <ul className="subject-list">
              {item.tasks.map((task, i) => <li key={i}>{at(task.dueAt)} · {task.title} · {t(`legal.taskStatus.${task.status}` as never)} · {task.owner}</li>)}
            </ul>
          )}
        </Part>
        <Part title={t("subjects.trail.title")} count={item.trail.length}>
          <p className="muted">{t("subjects.trail.count", { count: item.trail.length })}</p>
          {item.trail.length > 0 && (
            <ul className="subject-list">
              {item.trail.map((p, i) => <li key={i}>{at(p.at)} · {p.place ?? t("subjects.trail.unknownPlace")}</li>)}
            </ul>
          )}
        </Part>
        <Part title={t("subjects.timeline.title")} count={item.timeline.length}>
          <ol className="subject-list">
            {item.timeline.map((e, i) => <li key={i}>{at(e.at)} · {t(timelineKindKey(e.kind))}{e.actor ? ` · ${e.actor}` : ""}</li>)}
          </ol>
        </Part>
      </div>
    </section>
  );
};
