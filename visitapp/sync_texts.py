"""Words for the sync codes (export, shared folder, merge refusals), merged into texts.MESSAGES."""

from __future__ import annotations

_NOTHING = ("Nothing was merged from it.", "Rien n'en a été fusionné.")

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
    "sync.refused": (
        f"This file was not merged ({{detail}}). {_NOTHING[0]}",
        f"Ce fichier n'a pas été fusionné ({{detail}}). {_NOTHING[1]}",
    ),
    "sync.unreadable": (
        f"This file cannot be read ({{detail}}). {_NOTHING[0]}",
        f"Ce fichier ne peut pas être lu ({{detail}}). {_NOTHING[1]}",
    ),
    "sync.empty": (
        f"This file is empty: the export was probably interrupted. Ask for a new export. {_NOTHING[0]}",
        f"Ce fichier est vide : l'export a sans doute été interrompu. Demandez un nouvel export. "
        f"{_NOTHING[1]}",
    ),
    "sync.not_sqlite": (
        f"This file is not a visitapp export. {_NOTHING[0]}",
        f"Ce fichier n'est pas un export visitapp. {_NOTHING[1]}",
    ),
    # Not the technical cause (in English, naming tables): the coordinator can only ask again.
    "sync.damaged": (
        f"This file is damaged (changed or cut short since it was exported). Ask for a new "
        f"export. {_NOTHING[0]}",
        f"Ce fichier est endommagé (modifié ou tronqué depuis l'export). Demandez un nouvel "
        f"export. {_NOTHING[1]}",
    ),
    "sync.foreign": (
        f"This file is a database made by another program, not a visitapp export. {_NOTHING[0]}",
        f"Ce fichier est une base de données d'un autre logiciel, pas un export visitapp. "
        f"{_NOTHING[1]}",
    ),
    "sync.newer": (
        f"This file was made by a newer visitapp (schema {{found}}, this one reads up to "
        f"{{supported}}): update first. {_NOTHING[0]}",
        f"Ce fichier a été créé par une version plus récente de visitapp (schéma {{found}}, "
        f"celle-ci lit jusqu'au {{supported}}) : mettez d'abord à jour. {_NOTHING[1]}",
    ),
    "sync.unexpected_schema": (
        f"This file contains parts a visitapp export never has ({{detail}}), so it was refused "
        f"for safety. {_NOTHING[0]}",
        f"Ce fichier contient des éléments qu'un export visitapp n'a jamais ({{detail}}) : "
        f"refusé par sécurité. {_NOTHING[1]}",
    ),
    "sync.no_metadata": (
        f"This file lacks visitapp's export information (which laptop made it). {_NOTHING[0]}",
        f"Il manque à ce fichier les informations d'export de visitapp (quel ordinateur l'a "
        f"créé). {_NOTHING[1]}",
    ),
    "sync.merge_failed": (
        "This file could not be merged ({detail}). The central database was left as it was.",
        "Ce fichier n'a pas pu être fusionné ({detail}). La base centrale est restée telle quelle.",
    ),
    "sync.export_failed": (
        "The export could not be made ({detail}). No file was written.",
        "L'export n'a pas pu être réalisé ({detail}). Aucun fichier n'a été écrit.",
    ),
    "sync.folder_missing": (
        "The folder {path} is not available: is the drive connected? Choose the folder again.",
        "Le dossier {path} n'est pas disponible : le disque est-il branché ? Choisissez à "
        "nouveau le dossier.",
    ),
    "sync.shared_data_dir": (
        "The data folder {path} is on a network drive, a synced cloud folder or a removable "
        "disk ({reason}). The live database must stay on this computer's own disk: it can be "
        "damaged there. Choose a local folder with --data-dir (or VISITAPP_DATA_DIR), and use "
        "Send to shared folder to share your exports.",
        "Le dossier de données {path} est sur un lecteur réseau, un dossier synchronisé dans "
        "le cloud ou un disque amovible ({reason}). La base de travail doit rester sur le "
        "disque de cet ordinateur : elle pourrait y être endommagée. Choisissez un dossier "
        "local avec --data-dir (ou VISITAPP_DATA_DIR), et utilisez Envoyer vers le dossier "
        "partagé pour partager vos exports.",
    ),
}
