// Edit a participant in a modal: the same fields and live national-ID checks as "new participant".
// The ID is kept unless "change" is ticked; keeping it means reading it once (an audited reveal)
// and sending it back unchanged, since the vault stores the number and never shows it to the form.
// While the person has an open correction request, the change can be linked to it (art. 16's trail).
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput, IpcError } from '@core/ipc/contract';
import type { IdCountry } from '@core/domain/vocabulary';
import { contractResolver, fieldErrorKey } from '../lib/form-errors';
import { callVault, useVaultMutation } from '../lib/vault-query';
import { useQueryClient } from '@tanstack/react-query';
import { knownErrors, knownWarnings } from '../lib/national-id-codes';
import {
  countryOfKind,
  editParticipantSchema,
  participantDetails,
  type ParticipantValues,
} from '../lib/participant-form';
import type { NationalIdWarningCode } from '@core/domain/national-ids';
import { DuplicateIdMessage } from './DuplicateIdMessage';
import { ErrorMessage } from './ErrorMessage';
import { NationalIdField } from './NationalIdField';
import { ParticipantFields } from './ParticipantFields';
import { RequestLinkField, useOpenRectifications } from './rights/RequestLinkField';

type Participant = ChannelOutput<'participants.get'>;

type Props = Readonly<{
  participant: Participant;
  /** `recipientsToNotify`: organisations to tell of the correction (empty when nothing changed). */
  onSaved: (
    participant: Participant,
    warnings: readonly NationalIdWarningCode[],
    recipientsToNotify: readonly string[],
  ) => void;
  onClose: () => void;
}>;

export function EditParticipantDialog({ participant: p, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  // Audited each time, and never kept: a plain call, not a cached read or a mutation's state.
  const client = useQueryClient();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLHeadingElement>(null);
  const currentCountry = countryOfKind(p.nationalIdKind);
  const [changeId, setChangeId] = useState(false);
  // Art. 16's trail: why the details change (required for a name or national ID; the server
  // also asks for it while a rectification request of the person is open).
  const [reason, setReason] = useState('');
  const [idBlurred, setIdBlurred] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  // The page, its trail, the caseload and search follow the save (stale-after.ts).
  const update = useVaultMutation('participants.update');
  // The person's open correction requests; with exactly one, the change is linked to it at first.
  const { requests: rectifications, linked: requestId, setLinked } = useOpenRectifications(p.id);
  const initial: ParticipantValues = {
    givenName: p.givenName,
    familyName: p.familyName,
    country: currentCountry,
    // Starts empty: the stored number is not shown here unless the user asks to change it.
    nationalId: '',
    email: p.email,
    phone: p.phone ?? '',
    address: p.address ?? '',
  };
  const { register, handleSubmit, setValue, control, getValues, formState } = useForm<
    ParticipantValues,
    unknown,
    ChannelInput<'participants.update'>
  >({
    // The contract's own check of what will be sent; a kept ID is read back at saving, so only a new one is checked.
    resolver: contractResolver(editParticipantSchema(p.id, changeId)),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const { errors, isSubmitted: tried } = formState;
  const values: ParticipantValues = { ...initial, ...useWatch({ control }) };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    first.current?.focus();
    return () => element.close();
  }, []);

  const identityChanged =
    changeId ||
    values.givenName.trim() !== p.givenName ||
    values.familyName.trim() !== p.familyName;
  const anyChanged =
    identityChanged ||
    values.email.trim() !== p.email ||
    values.phone.trim() !== (p.phone ?? '') ||
    values.address.trim() !== (p.address ?? '');
  // The vault asks for a reason for identity data, and for any change while a correction is asked for.
  const reasonNeeded = identityChanged || (rectifications.length > 0 && anyChanged);
  const reasonMissing = reasonNeeded && reason.trim() === '';
  const changeIdValue = (patch: { country?: IdCountry; nationalId?: string }) => {
    const options = { shouldValidate: tried, shouldDirty: true };
    if (patch.country !== undefined) setValue('country', patch.country, options);
    if (patch.nationalId !== undefined) setValue('nationalId', patch.nationalId, options);
    if (patch.nationalId !== undefined && error?.code === 'invalidNationalId') setError(null);
  };

  /** The national ID to send: the new one, or the stored one read back through an audited reveal. */
  const nationalIdToSend = async (values: ParticipantValues): Promise<ParticipantValues | null> => {
    if (changeId || currentCountry === 'none')
      return changeId ? values : { ...values, country: 'none' };
    const revealed = await callVault(client, 'participants.revealNationalId', {
      id: p.id,
      purpose: 'reveal',
    });
    if (!revealed.ok) {
      setError(revealed.error);
      return null;
    }
    const value = revealed.value.value;
    return value
      ? { ...values, country: currentCountry, nationalId: value }
      : { ...values, country: 'none' };
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  // Runs once the contract's schema accepts the form (react-hook-form's handleSubmit).
  const save = async () => {
    if (busy) return;
    if (reasonMissing) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    const toSend = await nationalIdToSend(getValues());
    const result = toSend
      ? await update.mutateAsync({
          id: p.id,
          ...participantDetails(toSend),
          ...(reason.trim() && { reason: reason.trim() }),
          ...(requestId !== null && { requestId }),
        })
      : null;
    setBusy(false);
    if (!result) return;
    if (!result.ok) return setError(result.error);
    // The saved details, with what only participants.get tells (the restriction) kept as it was.
    onSaved(
      { ...p, ...result.value.participant },
      knownWarnings(result.value.warnings),
      anyChanged ? result.value.recipientsToNotify : [],
    );
  };
  const hasErrors = Object.keys(errors).length > 0;
  const errorOf = (field: keyof ParticipantValues) => fieldErrorKey(errors, field);

  const serverIdErrors =
    error?.code === 'invalidNationalId' ? knownErrors(error.details ?? []) : [];

  const idSlot = (
    <fieldset className="fieldset form-wide">
      <legend>{t('participant.nationalId')}</legend>
      <div className="field field-checkbox">
        <input
          id={`${id}-change`}
          type="checkbox"
          checked={changeId}
          aria-describedby={`${id}-id-hint`}
          onChange={(e) => {
            setChangeId(e.target.checked);
            changeIdValue({
              nationalId: '',
              country: currentCountry === 'none' ? 'DK' : currentCountry,
            });
          }}
        />
        <label htmlFor={`${id}-change`}>{t('participant.changeId')}</label>
      </div>
      <p className="hint" id={`${id}-id-hint`}>
        {changeId ? t('participant.newIdHint') : t('participant.keepIdHint')}
      </p>
      {changeId && (
        <NationalIdField
          country={values.country}
          value={values.nationalId}
          showAll={idBlurred || tried}
          onCountry={(country) => changeIdValue({ country })}
          onValue={(nationalId) => changeIdValue({ nationalId })}
          onBlur={() => setIdBlurred(true)}
          serverErrors={serverIdErrors}
        />
      )}
    </fieldset>
  );

  return (
    <dialog
      ref={dialog}
      className="dialog dialog-form"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} ref={first} tabIndex={-1}>
        {t('participant.editTitle')}
      </h2>
      <form
        ref={form}
        className="form-grid"
        onSubmit={(e) => void handleSubmit(save, focusFirstInvalid)(e)}
        noValidate
      >
        <ParticipantFields
          register={(field) => register(field)}
          errors={{
            givenName: errorOf('givenName'),
            familyName: errorOf('familyName'),
            email: errorOf('email'),
            phone: errorOf('phone'),
            address: errorOf('address'),
          }}
          country={values.country}
          nationalId={values.nationalId}
          onCountry={(country) => changeIdValue({ country })}
          onNationalId={(nationalId) => changeIdValue({ nationalId })}
          showAllIdErrors={idBlurred || tried}
          onIdBlur={() => setIdBlurred(true)}
          serverIdErrors={serverIdErrors}
          idSlot={idSlot}
        />
        <RequestLinkField requests={rectifications} value={requestId} onChange={setLinked} />
        <div className="field form-wide">
          <label htmlFor={`${id}-reason`}>{t('participant.changeReason')}</label>
          <p className="hint" id={`${id}-reason-hint`}>
            {t('participant.changeReasonHint')}
          </p>
          <input
            id={`${id}-reason`}
            type="text"
            maxLength={500}
            value={reason}
            required={reasonNeeded}
            aria-invalid={tried && reasonMissing}
            aria-describedby={`${id}-reason-hint${tried && reasonMissing ? ` ${id}-reason-error` : ''}`}
            onChange={(e) => {
              setReason(e.target.value);
              if (error?.code === 'reasonRequired') setError(null);
            }}
          />
          {tried && reasonMissing && (
            <p className="hint hint-error" id={`${id}-reason-error`}>
              {identityChanged
                ? t('participant.changeReasonNeeded')
                : t('rights.link.reasonNeeded')}
            </p>
          )}
        </div>
        {error?.code === 'duplicateNationalId' && values.country !== 'none' ? (
          <DuplicateIdMessage error={error} country={values.country} />
        ) : (
          error &&
          (error.code !== 'invalidNationalId' || !changeId) && <ErrorMessage error={error} />
        )}
        {tried && (hasErrors || reasonMissing) && (
          <p className="message message-error form-wide" role="alert">
            {t('participant.fixErrors')}
          </p>
        )}
        <div className="actions form-wide">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? t('participant.savingChanges') : t('participant.saveChanges')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
