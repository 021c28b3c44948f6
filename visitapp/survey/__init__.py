"""The pupils' web page: a Flask app served by waitress on the local network. No Qt, no SQL."""
