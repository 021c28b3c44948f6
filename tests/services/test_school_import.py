from visitapp.core.schools import Priority
from visitapp.paths import resource_path

SAMPLE = resource_path("samples", "annuaire-education-extrait.csv")


def test_import_then_reimport_updates_instead_of_duplicating(services):
    first = services.school_import.import_file(SAMPLE)
    assert (first.created, first.updated, first.unchanged) == (11, 0, 0)
    again = services.school_import.import_file(SAMPLE)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 11)
    assert len(services.records.list_schools()) == 11


def test_reimport_with_a_changed_row_updates_that_school(services):
    services.school_import.import_file(SAMPLE)
    changed = SAMPLE.read_text(encoding="utf-8").replace(
        "Collège Jules Ferry;Collège;Public;1 rue de l'École;59000;59000;Lille;REP",
        "Collège Jules Ferry;Collège;Public;1 rue de l'École;59000;59000;Lille;REP+",
    )
    report = services.school_import.import_bytes(changed.encode())
    assert (report.created, report.updated) == (0, 1)
    ferry = next(s for s in services.records.list_schools() if s.name == "Collège Jules Ferry")
    assert ferry.priority is Priority.REP_PLUS


def test_bad_rows_are_reported_and_good_rows_still_imported(services):
    text = (
        "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_postal;Nom_commune\n"
        "0750655E;Lycée Louis-le-Grand;Lycée;75005;Paris\n"
        "0750655X;Lycée Cassé;Lycée;75005;Paris\n"
    )
    report = services.school_import.import_bytes(text.encode())
    assert report.created == 1
    assert [(p.line, p.problem.code) for p in report.problems] == [(3, "uai.check_letter")]
