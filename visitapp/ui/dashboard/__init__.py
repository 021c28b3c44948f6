"""The impact dashboard: key figures, charts and exports of the open database."""
