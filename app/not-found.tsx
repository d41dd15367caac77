import { NotFoundNotice } from "@/components/shell/not-found-notice";

const NotFound = () => <NotFoundNotice body="notFound.body" />;

export default NotFound;
