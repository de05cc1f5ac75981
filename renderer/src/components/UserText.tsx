// Text someone typed (names, file names): isolated from the page's direction and wrapped anywhere,
// so markup stays text and an RTL override or a 1 MB word cannot flip or stretch the layout.
type Props = Readonly<{ text: string; className?: string }>;

export function UserText({ text, className }: Props) {
  return <bdi className={className ? `user-text ${className}` : 'user-text'}>{text}</bdi>;
}
