import { randomBytes } from 'node:crypto';

export const uniqueEmail = (label = 'user') => `${label}-${randomBytes(5).toString('hex')}@example.com`;
export const uniqueSlug = (label = 'org') => `${label}-${randomBytes(5).toString('hex')}`;

export const signUpMutation = `mutation($input: SignUpInput!) {
  signUp(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id name email preferences { locale } } }
}`;

export const logInMutation = `mutation($input: LogInInput!) {
  logIn(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id email } }
}`;

export const refreshMutation = `mutation($input: RefreshSessionInput!) {
  refreshSession(input: $input) { accessToken refreshToken user { id email } }
}`;

export const logOutMutation = `mutation($input: LogOutInput!) { logOut(input: $input) { success } }`;

export const meQuery = `{ me { id name email createdAt } }`;
