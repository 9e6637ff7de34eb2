"""Addresses as Latin America and Catalonia write them: where two streets meet ("carrera 50 con
calle 80", "calle 13 entre 6 y 8"), Quito's block numbers ("N34-120"), the grid's south half
("diagonal 25 # 40-12 sur"), Catalan streets and floors ("Carrer de Sants 45, 2n 1a"). Times,
counts and streets said in passing stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def addresses_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, "es").spans if s.kind == "address"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("estamos en la carrera 50 con calle 80, casa 12, vengan cuando quieran",
         "carrera 50 con calle 80, casa 12"),
        ("vivo en calle 13 entre 6 y 8, en el vedado", "calle 13 entre 6 y 8"),
        ("estoy en av. 6 de diciembre N34-120, cerca del parque", "av. 6 de diciembre N34-120"),
        ("mi casa esta en la diagonal 25 # 40-12 sur y pago arriendo cada mes",
         "diagonal 25 # 40-12 sur"),
        ("me llegó la carta a Carrer de Sants 45, 2n 1a, Barcelona",
         "Carrer de Sants 45, 2n 1a, Barcelona"),
    ],
)
def test_a_street_corner_or_block_is_an_address(text: str, address: str) -> None:
    # Given a survivor giving where she lives the way her city does
    # When it is redacted
    # Then the whole address is one [address]
    assert addresses_in(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "vivo en la calle 5 con 2 niños y mi esposo",
        "el bus 29 con 40 personas adentro no para",
        "entre 6 y 8 de la noche no hay nadie en la oficina",
        "estuve en la carrera 7 con mi amiga buscando trabajo",
        "la plaça mayor es bonita pero no tengo tiempo",
    ],
)
def test_counts_times_and_streets_said_in_passing_stay(text: str) -> None:
    # Given an answer with numbers and streets that give no one's home
    # When it is redacted
    # Then nothing is taken for an address
    assert addresses_in(text) == []
