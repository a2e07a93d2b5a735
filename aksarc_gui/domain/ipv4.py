"""IPv4 value types for the plan model, over netaddr.

netaddr's parse error (``AddrFormatError``) is not a ``ValueError``; every parser
here turns it into a pydantic error so a bad value in a plan file is reported
with its JSON path instead of escaping as a traceback.  IPv6 is refused: AKS Arc
logical networks are IPv4 only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from netaddr import AddrFormatError, IPAddress, IPNetwork
from pydantic import PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

# re.ASCII: without it \d also matches "٢" or "²", and netaddr or int() would then
# turn a look-alike into a number (or fail with a traceback).
_DOTTED = re.compile(r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$", re.ASCII)


def is_ascii_number(text: str) -> bool:
    """``text`` is digits 0-9 only: ``str.isdigit`` also accepts "²" and "٢٤", which are no plan numbers."""
    return text.isascii() and text.isdigit()


def _bad(kind: str, value: object) -> PydanticCustomError:
    return PydanticCustomError("ipv4", "{value} is not an IPv4 {kind}", {"value": repr(value), "kind": kind})


def parse_ipv4(value: object) -> IPAddress:
    """Strict dotted-quad IPv4 (no '10.1', no integers, no leading-zero octal tricks)."""
    if isinstance(value, IPAddress):
        if value.version != 4:
            raise _bad("address", str(value))
        return value
    if not isinstance(value, str):
        raise _bad("address", value)
    text = value.strip()
    if not _DOTTED.match(text) or any(len(o) > 1 and o.startswith("0") for o in text.split(".")):
        raise _bad("address", value)
    try:
        return IPAddress(text, 4)
    except (AddrFormatError, ValueError):
        raise _bad("address", value) from None


def parse_ipv4_network(value: object) -> IPNetwork:
    """An IPv4 CIDR ``a.b.c.d/n``; host bits are kept (validation warns about them)."""
    if isinstance(value, IPNetwork):
        if value.version != 4:
            raise _bad("network", str(value))
        return value
    if not isinstance(value, str) or "/" not in value:
        raise _bad("network", value)
    addr, _, bits = value.strip().partition("/")
    if not is_ascii_number(bits) or not 0 <= int(bits) <= 32:
        raise _bad("network", value)
    try:
        ip = parse_ipv4(addr)
    except PydanticCustomError:
        raise _bad("network", value) from None
    return IPNetwork(f"{ip}/{int(bits)}")


@dataclass(frozen=True, slots=True)
class AddressBlock:
    """A load balancer address entry: a CIDR, a single IP or a ``start-end`` range.

    ``first``/``last`` are integers so planning compares ranges without ever
    enumerating addresses.  A reversed range (first > last) loads and is reported
    by validation.
    """

    text: str
    first: int
    last: int

    @property
    def size(self) -> int:
        return max(0, self.last - self.first + 1)

    def __str__(self) -> str:
        return self.text


def parse_address_block(value: object) -> AddressBlock:
    if isinstance(value, AddressBlock):
        return value
    if not isinstance(value, str):
        raise _bad("address, range or network", value)
    text = value.strip()
    try:
        if "/" in text:
            net = parse_ipv4_network(text)
            return AddressBlock(str(net), net.first, net.last)
        if "-" in text:
            a, _, b = text.partition("-")
            start, end = parse_ipv4(a.strip()), parse_ipv4(b.strip())
            return AddressBlock(f"{start}-{end}", int(start), int(end))
        ip = parse_ipv4(text)
        return AddressBlock(str(ip), int(ip), int(ip))
    except PydanticCustomError:
        raise _bad("address, range or network", value) from None


def int_to_ip(value: int) -> str:
    return str(IPAddress(value, 4))


IPv4 = Annotated[
    IPAddress,
    PlainValidator(parse_ipv4),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "format": "ipv4"}),
]

IPv4Net = Annotated[
    IPNetwork,
    PlainValidator(parse_ipv4_network),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,3}(\.\d{1,3}){3}/\d{1,2}$", "description": "IPv4 CIDR"}),
]

LBAddress = Annotated[
    AddressBlock,
    PlainValidator(parse_address_block),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({
        "type": "string",
        "description": "a CIDR (10.0.0.8/29), a single IPv4 address, or a range start-end",
    }),
]


def as_text(value: Any) -> str:
    return "" if value is None else str(value)
