/** An organisation filing (name, tax code, representative), or a person acting for someone else. */
import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../api/fieldErrors';
import { TextField } from '../components/TextField';
import { nfc } from '../format';
import type { Applicant } from '../../../main/dossiers/types';

export interface Party {
  orgName: string;
  taxCode: string;
  representative: string;
  forName: string;
  forRelation: string;
}

/** The fields as a declaration (or nothing) fills them. */
export function partyOf(a: Applicant | undefined): Party {
  return {
    orgName: a?.organisation?.name ?? '',
    taxCode: a?.organisation?.taxCode ?? '',
    representative: a?.organisation?.representative ?? '',
    forName: a?.onBehalfOf?.fullName ?? '',
    forRelation: a?.onBehalfOf?.relation ?? '',
  };
}

/** The applicant keys the fields add; empty fields add nothing. */
export function partyInput(p: Party): Pick<Applicant, 'organisation' | 'onBehalfOf'> {
  const out: Pick<Applicant, 'organisation' | 'onBehalfOf'> = {};
  if (p.orgName.trim() || p.taxCode.trim())
    out.organisation = {
      name: nfc(p.orgName.trim()),
      taxCode: p.taxCode.trim(),
      ...(p.representative.trim() ? { representative: nfc(p.representative.trim()) } : {}),
    };
  if (p.forName.trim())
    out.onBehalfOf = {
      fullName: nfc(p.forName.trim()),
      ...(p.forRelation.trim() ? { relation: nfc(p.forRelation.trim()) } : {}),
    };
  return out;
}

const FIELDS: { key: keyof Party; path: string }[] = [
  { key: 'orgName', path: 'applicant.organisation.name' },
  { key: 'taxCode', path: 'applicant.organisation.taxCode' },
  {
    key: 'representative',
    path: 'applicant.organisation.representative',
  },
  { key: 'forName', path: 'applicant.onBehalfOf.fullName' },
  { key: 'forRelation', path: 'applicant.onBehalfOf.relation' },
];

export function ApplicantParty({
  value,
  onChange,
  error,
}: {
  value: Party;
  onChange: (p: Party) => void;
  error: FormError | null;
}) {
  const { t } = useTranslation();
  const open = Object.values(value).some((v) => v !== '');
  return (
    <details className="applicant__party" open={open}>
      <summary>{t('paper.party.title')}</summary>
      <div className="grid-2">
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={t(`paper.party.${f.key}`)}
            value={value[f.key]}
            onChange={(v) => onChange({ ...value, [f.key]: v })}
            error={errorFor(error, f.path)}
            autoComplete="off"
          />
        ))}
      </div>
    </details>
  );
}
