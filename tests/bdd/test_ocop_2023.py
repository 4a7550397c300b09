"""The executable policy of workflow ocop-2023 (QĐ 148): every scenario under features/ocop-2023."""

from pytest_bdd import scenarios

scenarios("../../features/ocop-2023")
