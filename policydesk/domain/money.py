"""Money as whole minor units (öre, bani, cents) so that sums are exact.

Amounts are stored as integers together with the business's ISO 4217 currency code; floats never
hold money.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

# Currencies whose minor unit is not a hundredth. Everything else uses two decimals.
_EXPONENTS = {"JPY": 0, "ISK": 0, "KRW": 0, "HUF": 2, "BHD": 3, "KWD": 3, "OMR": 3, "TND": 3}


def currency_exponent(currency: str) -> int:
    """Return how many decimals the currency's minor unit has (2 for SEK, RON and EUR)."""
    return _EXPONENTS.get(currency.upper(), 2)


def is_currency_code(text: str) -> bool:
    """Return whether ``text`` looks like an ISO 4217 code (three capital letters)."""
    return len(text) == 3 and text.isascii() and text.isalpha() and text.isupper()


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount of money in minor units of a currency.

    Attributes:
        minor: the amount in the currency's minor unit (öre for SEK, bani for RON).
        currency: the ISO 4217 code.
    """

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise TypeError("Money.minor must be an int")
        if not is_currency_code(self.currency):
            raise ValueError(f"not an ISO 4217 currency code: {self.currency!r}")

    @classmethod
    def from_decimal(cls, amount: Decimal | str | int, currency: str) -> Money:
        """Make money from a decimal amount in major units, rounding half to even.

        Raises:
            ValueError: the amount is not a finite number.
        """
        try:
            value = Decimal(amount)
        except (InvalidOperation, TypeError) as exc:
            raise ValueError(f"not an amount: {amount!r}") from exc
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {amount!r}")
        scaled = value.scaleb(currency_exponent(currency)).quantize(
            Decimal(1), rounding=ROUND_HALF_EVEN
        )
        return cls(int(scaled), currency)

    def to_decimal(self) -> Decimal:
        """Return the amount in major units, exactly."""
        return Decimal(self.minor).scaleb(-currency_exponent(self.currency))
