// Where a request stands, in words and colour (never colour alone): its deadline while open, its outcome once closed.
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';

export type ListedRequest = ChannelOutput<'requests.list'>[number];

type Props = Readonly<{ request: Pick<ListedRequest, 'deadline' | 'status'> }>;

export function DeadlineBadge({ request }: Props) {
  const { t } = useTranslation();
  if (request.deadline === null)
    return (
      <span className="badge request-closed" data-status={request.status}>
        {t(`requests.statuses.${request.status}`)}
      </span>
    );
  return (
    <span
      className={`badge deadline deadline-${request.deadline}`}
      data-deadline={request.deadline}
    >
      {t(`requests.deadline.${request.deadline}`)}
    </span>
  );
}
