import type { MethodDefinition } from '../api-types.ts';
import { readSiteId, runWrite, writeRow } from '../changes/index.ts';
import { PristavError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { forgetKeyEntry, sealKeyEntry } from './database-keys/key-entries.ts';
import { permissionDenied } from './permission-labels.ts';
import { nameKey } from './sign-in-attempts.ts';
import {
  findUserById,
  findUserByName,
  listUsers,
  type StoredUser,
  toUserSummary,
} from './user-queries.ts';

type UserMethod = 'users.list' | 'users.add' | 'users.disable' | 'users.setPassword';

function requireUser(store: Store, name: string): StoredUser {
  const user = findUserByName(store, name);
  if (!user) throw new PristavError('USER_NOT_FOUND', { user: name });
  return user;
}

export const userMethods: { [M in UserMethod]: MethodDefinition<M> } = {
  'users.list': {
    handler: ({ store }) => listUsers(store).map((user) => toUserSummary(store, user)),
  },
  'users.add': {
    handler: async ({ store, userId }, input) => {
      const taken = listUsers(store).some((user) => nameKey(user.name) === nameKey(input.userName));
      if (taken) throw new PristavError('USER_EXISTS', { user: input.userName });
      const passwordHash = await hashPassword(input.password);
      const id = newId();
      const saveKeyEntry = await sealKeyEntry(store, { id, name: input.userName }, input.password);
      runWrite(store, userId, (w) =>
        writeRow(w, 'users', id, {
          name: input.userName,
          role: input.role,
          site_id: readSiteId(store),
          password_hash: passwordHash,
        }),
      );
      saveKeyEntry();
      return toUserSummary(store, findUserById(store, id)!);
    },
  },
  'users.disable': {
    handler: ({ store, userId }, input) => {
      const user = requireUser(store, input.userName);
      const otherAdmins = listUsers(store).filter(
        (other) => other.id !== user.id && other.role === 'admin' && !other.isDisabled,
      );
      if (user.role === 'admin' && otherAdmins.length === 0) {
        throw new PristavError('USER_LAST_ADMIN', { user: user.name });
      }
      runWrite(store, userId, (w) => writeRow(w, 'users', user.id, { is_disabled: true }));
      forgetKeyEntry(store, user.id);
      return toUserSummary(store, findUserById(store, user.id)!);
    },
  },
  // One's own password (the current one first, if there is one), or — an admin — anyone's.
  'users.setPassword': {
    handler: async ({ store, user: actor }, input) => {
      if (!actor) throw new PristavError('SIGN_IN_REQUIRED');
      const target =
        input.userName === undefined
          ? findUserById(store, actor.id)
          : requireUser(store, input.userName);
      if (!target) throw new PristavError('USER_NOT_FOUND', { user: actor.name });
      const isOwn = target.id === actor.id;
      if (!isOwn && actor.role !== 'admin') {
        throw permissionDenied(actor, 'otherUsersPassword');
      }
      if (isOwn && target.passwordHash !== '') {
        const isRight = await verifyPassword(input.currentPassword ?? '', target.passwordHash);
        if (!isRight) throw new PristavError('PASSWORD_WRONG');
      }
      const passwordHash = await hashPassword(input.password);
      const saveKeyEntry = await sealKeyEntry(store, target, input.password);
      runWrite(store, actor.id, (w) =>
        writeRow(w, 'users', target.id, { password_hash: passwordHash }),
      );
      saveKeyEntry();
      return toUserSummary(store, findUserById(store, target.id)!);
    },
  },
};
