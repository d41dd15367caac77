"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Icon } from "@/components/ui/icon";
import { useT } from "@/lib/i18n/client";

export const SignOutButton = () => {
  const { t } = useT();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/sign-in" });
      }}
    >
      <Icon name="signOut" />
      {t("auth.signOut")}
    </button>
  );
};
