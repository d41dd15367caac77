import { getT } from "@/lib/i18n/server";
import { roleKey } from "@/lib/i18n/labels";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo";

/** The seeded demo accounts. Render only when AMPARO_DEMO is on: the page decides. */
export const DemoAccountsHint = async () => {
  const { t } = await getT();
  return (
    <aside className="demo-hint" aria-labelledby="demo-hint-title">
      <h2 id="demo-hint-title">{t("auth.demo.title")}</h2>
      <p>{t("auth.demo.body")}</p>
      <table className="demo-hint__table">
        <thead>
          <tr>
            <th scope="col">{t("auth.demo.column.email")}</th>
            <th scope="col">{t("auth.demo.column.role")}</th>
            <th scope="col">{t("auth.demo.column.scope")}</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_USERS.map((user) => (
            <tr key={user.email}>
              <td>
                <code>{user.email}</code>
              </td>
              <td>{t(roleKey(user.role))}</td>
              <td>{user.consulate ?? user.region ?? t("header.scope.system")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("auth.demo.password", { password: DEMO_PASSWORD })}</p>
    </aside>
  );
};
