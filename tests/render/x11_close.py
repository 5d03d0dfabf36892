"""Sends a window the close request a window manager sends when its close
button is pressed (a WM_PROTOCOLS / WM_DELETE_WINDOW client message), through
libX11 with ctypes: Xvfb has no window manager to press it."""
import ctypes
import ctypes.util


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


CLIENT_MESSAGE = 33


def send_close_request(window_id):
    """True when the message was sent to window `window_id` (int or decimal string)."""
    lib = ctypes.util.find_library("X11")
    if not lib:
        return False
    x = ctypes.cdll.LoadLibrary(lib)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x.XOpenDisplay(None)
    if not display:
        return False
    try:
        ev = XEvent()
        ev.xclient.type = CLIENT_MESSAGE
        ev.xclient.send_event = 1
        ev.xclient.display = display
        ev.xclient.window = int(window_id)
        ev.xclient.message_type = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
        ev.xclient.format = 32
        ev.xclient.data[0] = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        ev.xclient.data[1] = 0  # CurrentTime
        ok = x.XSendEvent(display, int(window_id), 0, 0, ctypes.byref(ev)) != 0
        x.XFlush(display)
        return ok
    finally:
        x.XCloseDisplay(display)
