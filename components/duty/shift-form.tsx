"use client";
import { useState, type FormEvent } from "react";
import { request, type Issue, type RequestFailure } from "@/lib/client/request";
import type { DutyPerson, RosterConsulate } from "@/lib/duty/types";
import { useT } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/messages/es";
import type { Translate } from "@/lib/i18n/translate";
import { weekdayName, zonedToInstant, zonedWallClock } from "./roster-time";

type ShiftFormProps = {
  consulate: RosterConsulate;
  people: DutyPerson[];
  /** After a shift was added: the roster is read again. */
  onAdded: () => void;
  say: (message: string) => void;
};

type Kind = "WEEKLY" | "ONCE";
const FIELDS = ["userId", "weekday", "startsLocal", "endsLocal", "startsAt", "endsAt", "note", "consulateCode", "kind"] as const;
type Field = (typeof FIELDS)[number];
// Monday first, as the grid.
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];
const HOUR = 3_600_000;

const fieldOf = (issue: Issue | undefined): Field | null => FIELDS.find((f) => f === issue?.path.split(".")[0]) ?? null;

const failureText = (failure: RequestFailure, t: Translate) => {
  if (failure.kind === "invalid") {
    const field = fieldOf(failure.issues[0]);
    if (field) return t("roster.form.error", { field: t(`roster.field.${field}` as MessageKey), reason: failure.issues[0].message });
  }
  if (failure.kind === "forbidden") return t("roster.form.error.forbidden");
  if (failure.kind === "not_found") return t("roster.form.error.notFound");
  return t("roster.form.error.other");
};

// Five-minute steps from now, in the consulate's wall clock.
const wallSoon = (ms: number, timeZone: string) => {
  const wall = zonedWallClock(ms, timeZone);
  return `${wall.slice(0, 14)}${String(Math.floor(Number(wall.slice(14)) / 5) * 5).padStart(2, "0")}`;
};

/** Add a weekly or one-off shift for a person of the consulate; times in the consulate's local clock. */
export const ShiftForm = ({ consulate, people, onAdded, say }: ShiftFormProps) => {
  const { t, locale } = useT();
  const [kind, setKind] = useState<Kind>("WEEKLY");
  const [userId, setUserId] = useState("");
  const [weekday, setWeekday] = useState("1");
  const [startsLocal, setStartsLocal] = useState("08:00");
  const [endsLocal, setEndsLocal] = useState("16:00");
  const [startsAt, setStartsAt] = useState(() => wallSoon(Date.now(), consulate.timeZone));
  const [endsAt, setEndsAt] = useState(() => wallSoon(Date.now() + 8 * HOUR, consulate.timeZone));
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ text: string; field: Field | null } | null>(null);

  const invalid = (field: Field) => (error?.field === field ? true : undefined);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (kind === "ONCE" && (!startsAt || !endsAt)) return setError({ text: t("roster.form.error.missingTime"), field: startsAt ? "endsAt" : "startsAt" });
    setPending(true);
    setError(null);
    const common = { consulateCode: consulate.code, userId, ...(note.trim() && { note: note.trim() }) };
    const body =
      kind === "WEEKLY"
        ? { kind, ...common, weekday: Number(weekday), startsLocal, endsLocal }
        : { kind, ...common, startsAt: zonedToInstant(startsAt, consulate.timeZone), endsAt: zonedToInstant(endsAt, consulate.timeZone) };
    const result = await request("POST", "/api/v1/roster/shifts", { body });
    setPending(false);
    if (!result.ok) {
      return setError({ text: failureText(result.failure, t), field: result.failure.kind === "invalid" ? fieldOf(result.failure.issues[0]) : null });
    }
    setNote("");
    say(t("roster.form.added"));
    onAdded();
  };

  return (
    <section className="panel roster-form" aria-labelledby="roster-form-title">
      <h2 id="roster-form-title" className="panel__title">
        {t("roster.form.title")}
      </h2>
      {people.length === 0 ? <p className="panel__intro">{t("roster.form.person.none")}</p> : null}
      <form className="form" onSubmit={(event) => void onSubmit(event)} data-testid="shift-form" noValidate>
        <fieldset className="roster-form__kind">
          <legend className="field__label">{t("roster.form.kind")}</legend>
          {(["WEEKLY", "ONCE"] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`roster.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="shift-person">{t("roster.form.person")}</label>
          <select id="shift-person" value={userId} onChange={(e) => setUserId(e.target.value)} aria-invalid={invalid("userId")} required>
            <option value="">{t("roster.form.person.choose")}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        {kind === "WEEKLY" ? (
          <div className="roster-form__row">
            <div className="field">
              <label htmlFor="shift-weekday">{t("roster.form.weekday")}</label>
              <select id="shift-weekday" value={weekday} onChange={(e) => setWeekday(e.target.value)} aria-invalid={invalid("weekday")}>
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {weekdayName(day, locale)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="shift-starts-local">{t("roster.form.startsLocal")}</label>
              <input id="shift-starts-local" type="time" value={startsLocal} onChange={(e) => setStartsLocal(e.target.value)} aria-invalid={invalid("startsLocal")} required />
            </div>
            <div className="field">
              <label htmlFor="shift-ends-local">{t("roster.form.endsLocal")}</label>
              <input id="shift-ends-local" type="time" value={endsLocal} onChange={(e) => setEndsLocal(e.target.value)} aria-invalid={invalid("endsLocal")} required />
            </div>
            <p className="roster-form__hint">{t("roster.form.overnight")}</p>
          </div>
        ) : (
          <div className="roster-form__row">
            <div className="field">
              <label htmlFor="shift-starts-at">{t("roster.form.startsAt")}</label>
              <input id="shift-starts-at" type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} aria-invalid={invalid("startsAt")} required />
            </div>
            <div className="field">
              <label htmlFor="shift-ends-at">{t("roster.form.endsAt")}</label>
              <input id="shift-ends-at" type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} aria-invalid={invalid("endsAt")} required />
            </div>
          </div>
        )}
        <div className="field">
          <label htmlFor="shift-note">{t("roster.form.note")}</label>
          <input id="shift-note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} aria-invalid={invalid("note")} />
        </div>
        <div>
          <button type="submit" className="button button--primary" disabled={pending} data-testid="shift-submit">
            {pending ? t("roster.form.submitting") : t("roster.form.submit")}
          </button>
        </div>
        <div role="alert" className="form__error" data-testid="shift-error">
          {error?.text ?? ""}
        </div>
      </form>
    </section>
  );
};
