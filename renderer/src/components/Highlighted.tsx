// A search snippet with its matches marked. The vault delimits matches with U+0002 … U+0003;
// splitting on them and rendering <mark> keeps the snippet text, never HTML.
const START = '\u0002';
const END = '\u0003';

type Props = Readonly<{ snippet: string }>;

export function Highlighted({ snippet }: Props) {
  const parts: { text: string; marked: boolean }[] = [];
  for (const chunk of snippet.split(START)) {
    const end = chunk.indexOf(END);
    if (end === -1) parts.push({ text: chunk, marked: false });
    else {
      parts.push({ text: chunk.slice(0, end), marked: true });
      parts.push({ text: chunk.slice(end + 1).replaceAll(END, ''), marked: false });
    }
  }
  return (
    <bdi className="user-text snippet">
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </bdi>
  );
}
