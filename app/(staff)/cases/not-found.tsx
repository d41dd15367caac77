import { NotFoundNotice } from "@/components/shell/not-found-notice";

// "Does not exist" and "not yours to see" read the same, on purpose (see getCase).
const CaseNotFound = () => <NotFoundNotice body="notFound.caseBody" />;

export default CaseNotFound;
