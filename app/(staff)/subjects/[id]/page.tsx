import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionForm } from "@/components/subjects/correction-form";
import { CorrectionsTable } from "@/components/subjects/corrections-table";
import { PurposeForm } from "@/components/subjects/purpose-form";
import { SubjectCaseSection } from "@/components/subjects/subject-case-section";
import { SubjectPersonPanel } from "@/components/subjects/subject-person-panel";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { requireStaffScope } from "@/lib/server/auth/session";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { isUuid } from "@/lib/server/ids";
import { readSubject } from "@/lib/subjects/data";
import { readsSubjects } from "@/lib/subjects/policy";
import { purposeSchema } from "@/lib/subjects/schema";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("subjects.pageTitle") };
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Nothing of the person is read until a purpose is given; then the read is audited with it (lib/subjects/data.ts).
const SubjectPage = async ({ params, searchParams }: Props) => {
  const { id } = await params;
  const scope = await requireStaffScope(`/subjects/${id}`);
  if (!readsSubjects(scope) || !isUuid(id)) notFound();
  const { t } = await getT();
  const query = await searchParams;
  const stated = { purpose: first(query.purpose), purposeText: first(query.purposeText) };
  const parsed = purposeSchema.safeParse(stated);
  const back = (
    <Link prefetch={false} href="/subjects" className="subject-back">
      {t("subjects.back")}
    </Link>
  );
  if (!parsed.success) {
    return (
      <main id="main" className="page page--stack page--subjects">
        <section className="panel" aria-labelledby="subject-heading">
          <h1 id="subject-heading" className="panel__title">
            {t("subjects.title")}
          </h1>
          {back}
          <PurposeForm personId={id} {...stated} invalid={stated.purpose !== undefined || stated.purposeText !== undefined} />
        </section>
      </main>
    );
  }
  const headersList = await headers();
  const clientAddress = clientAddressOf((name) => headersList.get(name));
  const record = await readSubject({ scope, personId: id, purpose: parsed.data, clientAddress });
  if (!record) notFound();
  const timeZone = scope.timeZone ?? DEFAULT_TIME_ZONE;
  const purposeQuery = new URLSearchParams(parsed.data).toString();
  const { person } = record;
  return (
    <main id="main" className="page page--stack page--subjects">
      <section className="panel" aria-labelledby="subject-heading">
        <div className="panel__header">
          <h1 id="subject-heading" className="panel__title" data-testid="subject-name">
            {person.fullName ?? t("subjects.noName")}
          </h1>
          <a className="button" href={`/api/v1/subjects/${id}/export?${purposeQuery}`} download data-testid="subject-export">
            {t("subjects.export")}
          </a>
        </div>
        {back}
        <p className="panel__intro" data-testid="subject-purpose">
          {t("subjects.purpose.stated", { purpose: t(`subjects.purpose.${parsed.data.purpose}`), text: parsed.data.purposeText })}
        </p>
        <p className="field__hint">{t("subjects.exportHint")}</p>
      </section>
      <div className="subject-grid">
        <div className="subject-grid__main">
          <SubjectPersonPanel person={person} timeZone={timeZone} />
          <CorrectionsTable corrections={record.corrections} timeZone={timeZone} />
          <h2 className="panel__title subject-cases-title">{t("subjects.cases.title", { count: record.cases.length })}</h2>
          {record.cases.map((item) => (
            <SubjectCaseSection key={item.id} item={item} timeZone={timeZone} linkToCase={scope.role === "SUPERVISOR"} />
          ))}
        </div>
        <div className="subject-grid__side">
          <section className="panel">
            <CorrectionForm
              personId={id}
              version={person.version}
              current={{
                fullName: person.fullName,
                birthDate: person.birthDate,
                phone: person.phone,
                curp: person.curp,
                consularIdNumber: person.consularIdNumber,
                aNumber: person.aNumber,
              }}
            />
          </section>
        </div>
      </div>
    </main>
  );
};

export default SubjectPage;
