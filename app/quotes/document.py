"""The 견적서 as plain data: everything the PDF (or a printout) shows, already computed.

Built by `app.quotes.quotes.quote_document()` from a quote revision; rendered by `ui.quotes.pdf`.
Amounts are integer won.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class PartyBlock:
    """The supplier (공급자) or the customer (공급받는자)."""

    name: str  # 상호 / customer name
    registration_no: str = ""  # 사업자등록번호, formatted 000-00-00000
    representative: str = ""  # 대표자
    address: str = ""
    business_type: str = ""  # 업태
    business_item: str = ""  # 종목
    phone: str = ""
    email: str = ""
    contact: str = ""  # 담당자 (customer side)


@dataclass(frozen=True)
class QuoteDocumentLine:
    no: int  # 1-based line number as printed
    item: str  # 품명
    spec: str  # 규격
    quantity: int  # 수량
    unit_price: int  # 단가 (won)
    supply_amount: int  # 공급가액 (won)
    tax_amount: int  # 세액 (won)
    note: str = ""  # 비고


@dataclass(frozen=True)
class QuoteDocument:
    quote_number: str  # e.g. Q-2026-0007
    revision: int  # 1, 2, ...
    issue_date: date
    valid_until: date
    title: str  # the job title the quote is for
    supplier: PartyBlock
    customer: PartyBlock
    lines: tuple[QuoteDocumentLine, ...]
    supply_total: int  # 공급가액 합계
    tax_total: int  # 세액 합계
    grand_total: int  # 합계 (= supply_total + tax_total)
    total_in_words: str  # "일금 일백이십삼만사천오백육십칠원정"
    vat_included: bool  # True when the prices were entered VAT included
    notes: str = ""
    seal_png: bytes | None = field(default=None, repr=False)  # the supplier's seal (도장) image
