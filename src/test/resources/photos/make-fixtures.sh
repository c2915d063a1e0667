#!/bin/sh
# Makes the photo fixtures that need what Java's ImageIO cannot write: a phone's metadata (EXIF with GPS and an
# orientation, XMP, IPTC, an ICC profile, a comment, an EXIF thumbnail), a CMYK JPEG and a WebP. Every other
# test file (hostile, broken, 16-bit, transparent) is made by the tests themselves.
# Needs Debian's python3-pil and libimage-exiftool-perl (apt-get install python3-pil libimage-exiftool-perl);
# the tests only read the files made here, so CI needs neither. Run from anywhere: ./make-fixtures.sh
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 - "$tmp" <<'PY'
import sys
from PIL import Image, ImageCms, ImageDraw
tmp = sys.argv[1]

# phone.jpg: as a phone held upright stores it, sideways, with EXIF orientation 6 ("turn 90 degrees clockwise
# to show"). Upright it is 1200 x 1600, red on its top half, blue on its bottom half; stored turned a quarter
# anticlockwise, so 1600 x 1200 with red on the left and blue on the right, and a green square at the upright
# top-left corner (stored bottom-left) to tell a mirror from a turn.
phone = Image.new("RGB", (1600, 1200), (220, 20, 20))
draw = ImageDraw.Draw(phone)
draw.rectangle([800, 0, 1599, 1199], fill=(20, 20, 220))
draw.rectangle([0, 1000, 199, 1199], fill=(20, 200, 20))
srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
phone.save(f"{tmp}/phone.jpg", quality=85, icc_profile=srgb)
Image.new("RGB", (160, 120), (220, 20, 20)).save(f"{tmp}/thumb.jpg", quality=70)

# cmyk.jpg: printing red (no cyan, full magenta and yellow, no black), as an agency's print desk sends it.
Image.new("CMYK", (600, 400), (0, 255, 255, 0)).save("cmyk.jpg", quality=90)

# photo.webp: a still WebP, orange.
Image.new("RGB", (640, 480), (240, 140, 20)).save("photo.webp", quality=80)
PY

exiftool -q -overwrite_original \
	-Orientation#=6 \
	-Make=PhoneMaker -Model="Field Phone 12" -Software="Camera 1.0" \
	-DateTimeOriginal="2026:11:30 09:41:00" \
	-GPSLatitude=50.4501 -GPSLatitudeRef=N -GPSLongitude=30.5234 -GPSLongitudeRef=E -GPSAltitude=179 \
	-XMP-dc:Creator="Field Reporter" -XMP-dc:Description="Position of the reporter" \
	-IPTC:By-line="Field Reporter" -IPTC:City=Kyiv -IPTC:Caption-Abstract="Where I stand" \
	-Comment="Taken at the reporter's position" \
	"-ThumbnailImage<=$tmp/thumb.jpg" \
	"$tmp/phone.jpg"
mv "$tmp/phone.jpg" phone.jpg
exiftool -s -Orientation -GPSPosition -XMP-dc:Creator -IPTC:City -Comment -ProfileDescription -ThumbnailLength phone.jpg
