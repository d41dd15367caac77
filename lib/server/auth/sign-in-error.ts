// The code a throttled sign-in gives the browser instead of next-auth's
// "CredentialsSignin": next-auth v4 hands an error thrown by `authorize` to
// the browser as signIn()'s `error`, or as the sign-in page's ?error=. It
// carries only the seconds to wait. Imported by the sign-in form too, so it
// holds nothing that is the server's alone.

const THROTTLED = /^throttled-(\d{1,5})$/;

export const throttledCode = (retryAfterSeconds: number) => `throttled-${Math.max(1, Math.ceil(retryAfterSeconds))}`;

/** The seconds a throttled code says to wait, or null for any other code (a URL's ?error= is whatever was typed). */
export const retryAfterOf = (code: string): number | null => {
  const match = THROTTLED.exec(code);
  return match ? Number(match[1]) : null;
};

// Two factors (authorize.ts): the password was right and the account asks for
// a code (none was sent), or the code sent was wrong or already used. Only a
// caller who had the password learns either.
export const SECOND_FACTOR_REQUIRED = "second-factor-required";
export const SECOND_FACTOR_WRONG = "second-factor-wrong";
