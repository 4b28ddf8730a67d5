"""Command `backup`: create, verify, restore, status, settings and the automatic backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db.errors import VaultExists
from desktop.cli.common import EXIT_FOR_VERDICT, _ask, _open, _print_json, lazy, passphrase, secret

_backups = lazy("desktop.vaults.backups")
_vault = lazy("db.vault")


def _backup_passphrase(*, vault_passphrase: str | None = None) -> str:
    """ABARONA_BACKUP_PASSPHRASE when set, else the vault's, else a prompt."""
    value = secret("ABARONA_BACKUP_PASSPHRASE")
    if value:
        return value
    if vault_passphrase is not None:
        return vault_passphrase
    value = secret("ABARONA_PASSPHRASE")
    if value:
        return value
    return _ask("Backup passphrase: ", "ABARONA_BACKUP_PASSPHRASE")


def cmd_create(args) -> int:
    vault_passphrase = passphrase()
    with _vault.open_vault(args.vault, vault_passphrase) as vault:
        settings = _backups.get_settings(vault)
        automatic_folder = bool(settings.folder) and Path(args.dest).resolve() == Path(settings.folder).resolve()
        # Rotation: as asked, else as set up for the automatic backups' folder (and only there).
        keep = args.keep if args.keep is not None else ((settings.keep or None) if automatic_folder else None)
        result = _backups.create_backup(vault, args.dest, passphrase=_backup_passphrase(vault_passphrase=vault_passphrase),
                               keep=keep)
    print(f"Backed up {result.rows} rows to {result.path} ({_backups._megabytes(result.size)}); read back and verified.")
    for path in result.removed:
        print(f"Removed an older backup: {path.name}")
    return 0


def _report_dict(report: _backups.VerifyReport) -> dict:
    return {"file": str(report.path), "verdict": report.verdict, "reason": report.reason,
            "message": report.message, "kind": report.kind, "size": report.size,
            "created_at": report.created_at, "source_name": report.source_name,
            "schema_version": report.schema_version, "counts": report.counts,
            "problems": report.problems[:20]}


def cmd_verify(args) -> int:
    report = _backups.verify_backup(args.file, _backup_passphrase())
    if args.json:
        _print_json(_report_dict(report))
    elif report.ok:
        print(report.message)
    else:
        print(f"abarona-cli: {report.verdict.replace('_', ' ')}: {report.message}", file=sys.stderr)
    return EXIT_FOR_VERDICT[report.verdict]


def cmd_restore(args) -> int:
    target = Path(args.to)
    if Path(args.vault).exists() and target.exists() and target.resolve() == Path(args.vault).resolve():
        raise VaultExists("That is the vault itself: restoring never overwrites a vault. Choose a new file name.")
    result = _backups.restore_backup(args.file, target, passphrase=_backup_passphrase())
    print(f"Restored the backup into a new vault at {result.path} ({sum(result.counts.values())} rows, "
          "checked against the backup's digest). Open it with --vault.")
    return 0


#: Why an automatic backup was not made (desktop.vaults.backups.SkippedBackup.reason), in words.
_SKIP_WORDS = {
    "no_folder": "its folder was not there", "not_writable": "its folder could not be written",
    "disk_full": "the drive was full", "write": "the drive failed or was removed",
    "check_failed": "the copy failed its check", "damaged": "the vault itself is damaged: run check",
    "cancelled": "it was cancelled", "locked": "the vault locked itself first",
}


def cmd_status(args) -> int:
    with _open(args) as vault:
        current = _backups.status(vault)
        settings = _backups.get_settings(vault)
    if args.json:
        _print_json({
            "last_at": current.last_at.isoformat() if current.last_at else None, "last_file": current.last_file,
            "last_size": current.last_size, "last_folder": current.last_folder, "overdue": current.overdue,
            "changed_since": current.changed_since, "folder": settings.folder, "folder_present": current.folder_present,
            "on_close": settings.on_close, "daily": settings.daily, "keep": settings.keep,
            "warn_days": settings.warn_days,
            "skipped": None if current.skipped is None else {
                "at": current.skipped.at.isoformat(), "reason": current.skipped.reason,
                "closing": current.skipped.closing},
            "waiting_for_folder": current.waiting_for_folder})
        return 0
    if current.last_at is None:
        print("No verified backup of this vault yet.")
    else:
        print(f"Last verified backup: {current.last_at.astimezone():%Y-%m-%d %H:%M} — {current.last_file} "
              f"({_backups._megabytes(current.last_size or 0)}) in {current.last_folder}")
    if current.overdue:
        print(f"WARNING: no verified backup in the last {current.warn_days} days.")
    if current.skipped is not None:
        when = "due when the vault closed" if current.skipped.closing else "due daily"
        print(f"WARNING: an automatic backup {when} ({current.skipped.at.astimezone():%Y-%m-%d %H:%M}) was not "
              f"made ({_SKIP_WORDS.get(current.skipped.reason, 'it failed')}). Make one: backup create FOLDER.")
    elif current.waiting_for_folder:
        print(f"WARNING: the daily automatic backup is due, but its folder {current.folder} is not there "
              "(connect the drive).")
    auto = [w for w, on in (("on close", settings.on_close), ("daily", settings.daily)) if on]
    print(f"Automatic backups: {' and '.join(auto) if auto else 'off'}"
          + (f", to {settings.folder}" + ("" if current.folder_present else " (not present now)") if settings.folder else "")
          + (f", keeping the last {settings.keep}" if settings.keep else ""))
    return 0


def cmd_settings(args) -> int:
    with _open(args) as vault:
        old = _backups.get_settings(vault)
        new = _backups.save_settings(vault, _backups.BackupSettings(
            folder=(None if args.no_folder else (str(Path(args.folder).resolve()) if args.folder else old.folder)),
            on_close=old.on_close if args.on_close is None else args.on_close,
            daily=old.daily if args.daily is None else args.daily,
            keep=old.keep if args.keep is None else args.keep,
            warn_days=old.warn_days if args.warn_days is None else args.warn_days,
        ))
    print(f"Backup settings: folder {new.folder or '(none)'}; on close {'on' if new.on_close else 'off'}; "
          f"daily {'on' if new.daily else 'off'}; keep {new.keep or 'all'}; warn after {new.warn_days} days.")
    return 0


def cmd_auto(args) -> int:
    vault_passphrase = passphrase()
    with _vault.open_vault(args.vault, vault_passphrase) as vault:
        folder = _backups.automatic_backup_due(vault, closing=args.closing)
        if folder is None:
            print("No automatic backup is due.")
            return 0
        if not folder.is_dir():
            _backups.run_automatic_backup(vault, closing=args.closing)  # at close: recorded as not made
            print(f"An automatic backup is due, but its folder {folder} is not there (is the drive connected?). "
                  "Nothing was made; backup status says so until a backup is made.")
            return 0
        result = _backups.run_automatic_backup(vault, passphrase=_backup_passphrase(vault_passphrase=vault_passphrase),
                                      closing=args.closing)
    if result is not None:
        print(f"Backed up to {result.path} ({_backups._megabytes(result.size)}); verified.")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("backup", help="encrypted backups: create, verify, restore, status, settings")
    sub = p.add_subparsers(dest="backup_command", required=True, parser_class=type(p))
    c = sub.add_parser("create", help="back the vault up into a folder (e.g. a USB drive), then verify it")
    c.add_argument("dest", help="the folder; the file name carries the date and time")
    c.add_argument("--keep", type=int, metavar="N", help="then keep only the N newest backups of this vault there")
    c.set_defaults(run=cmd_create)
    c = sub.add_parser("verify", help="check a backup file completely and give one verdict")
    c.add_argument("file")
    c.add_argument("--json", action="store_true")
    c.set_defaults(run=cmd_verify)
    c = sub.add_parser("restore", help="make a backup into a NEW vault file (never overwrites)")
    c.add_argument("file")
    c.add_argument("--to", required=True, metavar="PATH", help="where the new vault goes (must not exist)")
    c.set_defaults(run=cmd_restore)
    c = sub.add_parser("status", help="the last verified backup and the automatic backup settings")
    c.add_argument("--json", action="store_true")
    c.set_defaults(run=cmd_status)
    c = sub.add_parser("settings", help="automatic backups: folder, on close, daily, rotation, warning")
    c.add_argument("--folder", metavar="DIR")
    c.add_argument("--no-folder", action="store_true", help="forget the folder (and stop automatic backups)")
    c.add_argument("--on-close", action=argparse.BooleanOptionalAction, default=None)
    c.add_argument("--daily", action=argparse.BooleanOptionalAction, default=None)
    c.add_argument("--keep", type=int, metavar="N", help="keep the N newest backups (0: all)")
    c.add_argument("--warn-days", type=int, metavar="DAYS")
    c.set_defaults(run=cmd_settings)
    c = sub.add_parser("auto", help="make the automatic backup now if one is due (for a scheduler)")
    c.add_argument("--closing", action="store_true", help="as when the vault is closed")
    c.set_defaults(run=cmd_auto)

