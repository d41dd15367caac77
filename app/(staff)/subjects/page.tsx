import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SubjectTable } from "@/components/subjects/subject-table";
import { getT } from "@/lib/i18n/server";
import { requireStaffScope } from "@/lib/server/auth/session";
import { searchSubjects } from "@/lib/subjects/data";
import { pageAddress } from "@/lib/server/http/page-address";
import { readsSubjects } from "@/lib/subjects/policy";
import { SUBJECT_SEARCH_MAX, subjectSearchSchema } from "@/lib/subjects/schema";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("subjects.pageTitle") };
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The search is a plain GET form: its results name people only, and opening one asks why first.
const SubjectsPage = async ({ searchParams }: Props) => {
  const scope = await requireStaffScope("/subjects");
  if (!readsSubjects(scope)) notFound();
  const { t } = await getT();
  const raw = (await searchParams).q;
  const q = Array.isArray(raw) ? raw[0] : raw;
  const parsed = q === undefined ? null : subjectSearchSchema.safeParse({ q });
  const subjects = parsed?.success ? await searchSubjects({ scope, q: parsed.data.q, clientAddress: await pageAddress() }) : null;
  return (
    <main id="main" className="page page--stack page--subjects">
      <section className="panel" aria-labelledby="subjects-heading">
        <div className="panel__header">
          <h1 id="subjects-heading" className="panel__title">
            {t("subjects.title")}
          </h1>
        </div>
        <p className="panel__intro">{t("subjects.intro")}</p>
        {scope.role === "SUPERVISOR" && <p className="panel__intro">{t("subjects.introSupervisor")}</p>}
        <form className="form form--inline" method="get" action="/subjects" role="search">
          <div className="field">
            <label htmlFor="subject-q">{t("subjects.search.label")}</label>
            <input id="subject-q" type="search" name="q" defaultValue={q ?? ""} required maxLength={SUBJECT_SEARCH_MAX} aria-describedby="subject-q-hint" />
            <p id="subject-q-hint" className="field__hint">
              {t("subjects.search.hint")}
            </p>
          </div>
          <button type="submit" className="button button--primary">
            {t("subjects.search.submit")}
          </button>
        </form>
        {parsed && !parsed.success && (
          <p role="alert" className="form__error">
            {t("subjects.search.invalid")}
          </p>
        )}
        {subjects && <SubjectTable subjects={subjects} />}
      </section>
    </main>
  );
};

export default SubjectsPage;
