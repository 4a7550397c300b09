"""The executable policy of workflow ocop-2026 (QĐ 26/2026): every scenario under features/ocop-2026."""

from pytest_bdd import scenarios

scenarios("../../features/ocop-2026")
