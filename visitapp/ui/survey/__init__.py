"""The survey feature in the GUI: per-visit survey window, QR code, projector view, kiosk,
show-of-hands entry, and the bridge from the web server's thread to Qt signals."""
