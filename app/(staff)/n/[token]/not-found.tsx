import { NotFoundNotice } from "@/components/shell/not-found-notice";

// "Does not exist" and "someone else's" read the same: a link is only its addressee's.
const NoticeNotFound = () => <NotFoundNotice body="notices.ack.notFound" />;

export default NoticeNotFound;
