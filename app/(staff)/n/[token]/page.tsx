import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoticeAckCard } from "@/components/notices/notice-ack-card";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { getNoticeByToken } from "@/lib/notices/data";
import { noticeTokenParams } from "@/lib/notices/schema";
import { requireStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("notices.ack.pageTitle") };
};

type NoticePageProps = { params: Promise<{ token: string }> };

// A notice's link (SMS, e-mail, push). Signed out, the sign-in comes back here.
const NoticePage = async ({ params }: NoticePageProps) => {
  const { token } = await params;
  const scope = await requireStaffScope(`/n/${encodeURIComponent(token)}`);
  const parsed = noticeTokenParams.safeParse({ token });
  const notice = parsed.success ? await getNoticeByToken(scope, parsed.data.token) : null;
  if (!notice) notFound();
  return (
    <main id="main" className="page page--stack page--notice-ack">
      <NoticeAckCard token={token} notice={notice} timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} />
    </main>
  );
};

export default NoticePage;
