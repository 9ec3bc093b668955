/** The whole journal as a download, and deleting everything with a typed confirmation. */
import { useState } from "react";
import { api, errorText } from "../../api/client.js";
import { runnerTimeZone } from "../../app/units.js";
import { clearAllCache } from "../../offline/cache.js";
import { exportFileName } from "../../settings/export.js";

export function DataCard({
  onDeleted,
  mode,
}: {
  onDeleted(): void;
  /** "local": the journal is on this computer, not on a server. */
  mode: "local" | "server" | null;
}) {
  const [confirm, setConfirm] = useState("");
  const [msg, setMsg] = useState<string | null>(null);

  async function exportJournal() {
    try {
      const data = await api<unknown>("/api/export");
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = exportFileName(new Date(), runnerTimeZone());
      a.click();
      URL.revokeObjectURL(a.href);
      setMsg("Export downloaded.");
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  async function deleteAll() {
    try {
      await api("/api/account", { method: "DELETE", body: { confirm: "delete" } });
      await clearAllCache();
      onDeleted();
    } catch (e) {
      setMsg(errorText(e));
    }
  }

  return (
    <div className="card">
      <h2>Your data</h2>
      <button type="button" onClick={() => void exportJournal()}>
        Download everything (JSON)
      </button>
      <h3>Delete everything</h3>
      <p className="muted small">
        This removes your profile, runs, sessions and tests from{" "}
        {mode === "local" ? "this computer" : "the server"}. It cannot be undone.
      </p>
      <label htmlFor="confirm-delete">Type delete to confirm</label>
      <input
        id="confirm-delete"
        type="text"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        autoComplete="off"
      />
      <button
        type="button"
        className="btn-danger"
        style={{ marginTop: "0.5rem" }}
        disabled={confirm !== "delete"}
        onClick={() => void deleteAll()}
      >
        Delete my data
      </button>
      {msg && <p role="status">{msg}</p>}
    </div>
  );
}
