import pytest

from visitapp.core.school_directory import DirectoryFormatError, parse_directory
from visitapp.core.schools import Priority, SchoolKind, Sector
from visitapp.paths import resource_path

HEADER = (
    "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;"
    "Code_postal;Nom_commune;Appartenance_Education_Prioritaire\n"
)


def test_the_shipped_sample_parses_without_problems():
    parsed = parse_directory(
        resource_path("samples", "annuaire-education-extrait.csv").read_bytes()
    )
    assert parsed.problems == []
    assert len(parsed.schools) == 11
    assert parsed.skipped_other_kinds == 1  # the école élémentaire
    neruda = parsed.schools[0].school
    assert (neruda.name, neruda.uai, neruda.kind, neruda.priority) == (
        "Collège Pablo Neruda",
        "0932001V",
        SchoolKind.COLLEGE,
        Priority.REP_PLUS,
    )
    assert any(s.school.sector is Sector.PRIVATE for s in parsed.schools)


def test_malformed_rows_are_reported_with_their_line_and_skipped():
    text = HEADER + (
        "0750655E;Lycée Louis-le-Grand;Lycée;Public;75005;Paris;\n"  # line 2: fine
        "0750655F;Lycée Typo;Lycée;Public;75005;Paris;\n"  # line 3: bad check letter
        "0750654D;;Lycée;Public;75005;Paris;\n"  # line 4: no name
        "0750654D;Lycée Henri-IV;Lycée;Public;75005;Paris;REP++\n"  # line 5: unknown priority
        "0750654D;Lycée Henri-IV\n"  # line 6: truncated
        "0750654D;Lycée Henri-IV;Lycée;Public;75005;Paris;\n"  # line 7: fine
    )
    parsed = parse_directory(text.encode())
    assert [s.line for s in parsed.schools] == [2, 7]
    assert [(p.line, p.problem.code) for p in parsed.problems] == [
        (3, "uai.check_letter"),
        (4, "required"),
        (5, "csv.unknown_priority"),
        (6, "csv.missing_cells"),
    ]


def test_plain_csv_with_comma_and_french_headers_is_understood():
    text = "Nom,Ville,Code postal,UAI,Type,REP\nCollège Anne Frank,Lille,59000,,collège,REP+\n"
    parsed = parse_directory(text.encode())
    school = parsed.schools[0].school
    assert (school.name, school.city, school.postcode, school.priority) == (
        "Collège Anne Frank",
        "Lille",
        "59000",
        Priority.REP_PLUS,
    )


def test_explicit_mapping_names_unusual_columns():
    text = "Établissement;Localité\nLycée Pierre Termier;Grenoble\n"
    parsed = parse_directory(text.encode(), {"name": "Établissement", "city": "Localité"})
    assert parsed.schools[0].school.city == "Grenoble"


def test_a_mapping_to_a_missing_column_is_a_file_error():
    with pytest.raises(DirectoryFormatError) as error:
        parse_directory(b"Nom;Ville\nA;B\n", {"city": "Commune"})
    assert error.value.code == "csv.mapped_column_missing"


def test_windows_1252_files_keep_their_accents():
    text = "Nom;Ville\nCollège Évariste Galois;Sèvres\n"
    parsed = parse_directory(text.encode("cp1252"))
    assert parsed.encoding == "cp1252"
    assert parsed.schools[0].school.name == "Collège Évariste Galois"


@pytest.mark.parametrize("data", [b"", b"   \n", b"a;b;c\n1;2;3\n"])
def test_files_without_school_names_are_refused_as_a_whole(data):
    with pytest.raises(DirectoryFormatError):
        parse_directory(data)
