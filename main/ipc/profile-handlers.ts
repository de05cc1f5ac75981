// Handlers for the recruitment profile's channels: each unwraps validated input and calls one
// function of domain/profile.ts.
import { actingConsultant } from '../domain/issuer';
import {
  deleteProfilePhoto,
  getProfile,
  profilePhoto,
  saveProfile,
  setProfilePhoto,
} from '../domain/profile';
import type { HandlerTable } from './core';

type ProfileChannel = Extract<keyof HandlerTable, `profile.${string}`>;

/** The profile feature's handlers, one per channel in ProfileChannel. */
export type ProfileHandlers = Pick<HandlerTable, ProfileChannel>;

export const profileHandlers: ProfileHandlers = {
  'profile.get': async (core, i) => getProfile(core.vault.db, i.participantId),
  'profile.save': async (core, { participantId, ...fields }) =>
    saveProfile(core.vault.db, participantId, fields, core.now()),
  'profile.setPhoto': async (core, i) =>
    setProfilePhoto(
      core.vault.db,
      i.participantId,
      { mimeType: i.mimeType, bytes: Buffer.from(i.contentBase64, 'base64') },
      core.now(),
    ),
  'profile.photo': async (core, i) => {
    const photo = profilePhoto(core.vault.db, i.participantId);
    return {
      mimeType: photo.mimeType,
      contentBase64: Buffer.from(photo.bytes).toString('base64'),
    };
  },
  'profile.deletePhoto': async (core, i) => {
    deleteProfilePhoto(
      core.vault.db,
      i.participantId,
      actingConsultant(core.vault.db, core.actor),
      core.now(),
    );
    return {};
  },
};
