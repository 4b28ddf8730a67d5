"""The errors the UI and the CLI tell apart, gathered in one place above the vault layer."""

from db.errors import (  # noqa: F401
    DamagedReason,
    DiskFull,
    DriverError,
    NotAVault,
    NotAVaultReason,
    NotCreated,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultReadOnly,
    VaultTooNew,
    WalNotMerged,
    WrongPassphrase,
    from_driver,
    is_full,
)

__all__ = ["DamagedReason", "DiskFull", "DriverError", "NotAVault", "NotAVaultReason", "NotCreated", "VaultBusy", "VaultDamaged", "VaultError", "VaultExists", "VaultInUse", "VaultNotFound", "VaultReadOnly", "VaultTooNew", "WalNotMerged", "WrongPassphrase", "from_driver", "is_full"]
