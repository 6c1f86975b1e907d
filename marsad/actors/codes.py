"""Facts about CAMEO actor codes shared by the dictionaries, the importer and the evaluation."""

from __future__ import annotations

#: CAMEO ethnic-group codes (CAMEO's agent names: "Kurd (Ethnic Group)" = KUR, ...)
ETHNIC = frozenset({"KUR", "ABN", "CRO", "SER", "TRK", "ETN"})
#: first code slots that name no state: intergovernmental, non-governmental, multinational, transnational
#: militant, unidentified-state, non-governmental-movement actors, ethnic groups, and CAMEO's INT
#: (international: foreigners of no stated nationality). Actors with these codes have no ``country``
#: in the event record.
NON_STATE = frozenset({"IGO", "NGO", "MNC", "IMG", "UIS", "NGM", "INT"}) | ETHNIC
