/** Wins (P4): range gained, streaks, sessions done. */
export function WinsCard({ winList }: { winList: string[] }) {
  return (
    <div className="card">
      <h2>Wins</h2>
      {winList.length === 0 ? (
        <p className="muted">Log sessions and re-test weekly; your wins show up here.</p>
      ) : (
        <ul data-testid="wins">
          {winList.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
