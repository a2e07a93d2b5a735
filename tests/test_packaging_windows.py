"""Windows installer sources: the harvested file list, the MSI source and the NSIS script.

The MSI source is compiled with Debian's wixl against a small stand-in bundle
here (fast); tests/test_packaging_bundle.py compiles it against the real one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import pytest

from tests.installer_modules import load_installer_module

REPO = Path(__file__).resolve().parent.parent
WXS = REPO / "installer" / "windows" / "aksarc-planner.wxs"
NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
# Never changes: it is what lets a newer MSI find and replace an installed older one.
UPGRADE_CODE = "AA28B689-2A9A-493F-81ED-12326858CCFF"



build = load_installer_module("aksarc_installer_build", "build.py")
harvest = build.harvest
needs_wixl = pytest.mark.skipif(shutil.which("wixl") is None,
                                reason="wixl is not installed (Debian: apt-get install wixl)")


@pytest.fixture
def fake_bundle(tmp_path) -> Path:
    """A few files laid out like a Windows one-folder bundle, with one symbolic link."""
    bundle = tmp_path / "aksarc-planner"
    (bundle / "_internal" / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    (bundle / "aksarc-planner.exe").write_bytes(b"MZ fake executable")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    (bundle / "_internal" / "PySide6" / "plugins" / "platforms" / "qwindows.dll").write_bytes(b"MZ")
    (bundle / "_internal" / "name with spaces & ampersand.txt").write_text("x")
    try:
        (bundle / "_internal" / "link.dll").symlink_to("base_library.zip")
    except OSError:  # Windows without the symlink privilege: a Windows bundle has none anyway
        pass
    return bundle


def test_harvest_lists_regular_files_but_not_links_or_the_excluded_executable(fake_bundle):
    files, links = harvest.collect_files(fake_bundle, {"aksarc-planner.exe"})
    assert links == (1 if (fake_bundle / "_internal" / "link.dll").is_symlink() else 0)
    assert [str(f) for f in files] == [
        "_internal/PySide6/plugins/platforms/qwindows.dll",
        "_internal/base_library.zip",
        "_internal/name with spaces & ampersand.txt",
    ]


def test_harvested_ids_are_valid_wix_ids_and_guids_are_stable(fake_bundle):
    files, _ = harvest.collect_files(fake_bundle, set())
    text = harvest.fragment(files, directory_ref="INSTALLDIR", group="BundleFiles", source_var="BundleDir")
    root = ET.fromstring(text.encode("utf-8"))
    defining = {f"{{{NS['w']}}}{tag}" for tag in ("Component", "File", "Directory", "ComponentGroup")}
    ids = [el.get("Id") for el in root.iter() if el.tag in defining]
    assert len(ids) == len(set(ids)) == 4 + 4 + 4 + 1  # per file: component, file; 4 folders
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]{0,71}", i) for i in ids), ids
    # The GUID of a path never changes between releases (component rules).
    assert harvest.component_guid(PurePosixPath("_internal/base_library.zip")) == \
        "B08F5F0F-6C65-5C94-9946-B46F7A10B93B"
    names = {el.get("Name") for el in root.iter(f"{{{NS['w']}}}File")}
    assert "name with spaces & ampersand.txt" in names  # escaped in XML, intact after parsing
    refs = {el.get("Id") for el in root.iter(f"{{{NS['w']}}}ComponentRef")}
    components = {el.get("Id") for el in root.iter(f"{{{NS['w']}}}Component")}
    assert refs == components and len(components) == 4


def test_harvest_refuses_a_missing_bundle(tmp_path, capsys):
    assert harvest.main([str(tmp_path / "nope"), "-o", str(tmp_path / "f.wxs")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_msi_source_declares_upgrade_scope_and_association():
    root = ET.parse(WXS).getroot()
    product = root.find("w:Product", NS)
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.get("Id") == "*" and product.get("Version") == "$(var.ProductVersion)"
    assert product.find("w:Package", NS).get("InstallScope") == "perMachine"
    assert product.find("w:MajorUpgrade", NS) is not None
    install_dir = root.find(".//w:Directory[@Id='ProgramFiles64Folder']/w:Directory", NS)
    assert install_dir.get("Id") == "INSTALLDIR"
    extension = root.find(".//w:ProgId/w:Extension", NS)
    assert extension.get("Id") == "aksplan"
    verb = extension.find("w:Verb", NS)
    assert (verb.get("Id"), verb.get("TargetFile"), verb.get("Argument")) == ("open", "MainExe", '"%1"')
    main_exe = root.find(".//w:File[@Id='MainExe']", NS)
    assert main_exe.get("Source") == "$(var.BundleDir)/$(var.ExeName)"


def _msi_table(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), table], capture_output=True, text=True,
                         check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]  # skip names, types, key row


@needs_wixl
def test_msi_source_compiles_with_wixl(fake_bundle, tmp_path):
    msi = build.build_msi(fake_bundle, tmp_path / "out", tmp_path / "work")
    data = msi.read_bytes()
    assert data[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE compound file, as every MSI
    if shutil.which("msiinfo") is None:
        pytest.skip("msiinfo (msitools) is not installed: compiled, tables not inspected")
    properties = dict(row[:2] for row in _msi_table(msi, "Property"))
    assert properties["ProductVersion"] == build.version_info.msi_version(build.version_info.app_version())
    assert properties["ALLUSERS"] == "1"
    assert properties["UpgradeCode"] == "{" + UPGRADE_CODE + "}"
    files = {row[2].split("|")[-1] for row in _msi_table(msi, "File")}
    assert files == {"aksarc-planner.exe", "aksplan-document.ico", "base_library.zip", "qwindows.dll",
                     "name with spaces & ampersand.txt"}
    registry = {(row[2], row[3]): row[4] for row in _msi_table(msi, "Registry")}
    assert registry[("AksArcPlanner.Plan\\shell\\open\\command", "")] == '"[#MainExe]" "%1"'
    assert registry[(".aksplan", "")] == "AksArcPlanner.Plan"
    assert registry[("AksArcPlanner.Plan\\DefaultIcon", "")] == '"[#DocumentIcon]",0'
    shortcut = _msi_table(msi, "Shortcut")[0]
    assert shortcut[1] == "ProgramMenuFolder" and shortcut[4] == "[INSTALLDIR]aksarc-planner.exe"
    upgrade = _msi_table(msi, "Upgrade")
    assert {row[0] for row in upgrade} == {"{" + UPGRADE_CODE + "}"}


@needs_wixl
def test_msi_build_names_a_missing_executable(tmp_path):
    (tmp_path / "empty" / "_internal").mkdir(parents=True)
    (tmp_path / "empty" / "_internal" / "x.dll").write_bytes(b"MZ")
    with pytest.raises(build.BuildError, match="no aksarc-planner executable"):
        build.build_msi(tmp_path / "empty", tmp_path / "out", tmp_path / "work")


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) is not installed")
def test_nsis_script_compiles(fake_bundle, tmp_path):
    setup = build.build_nsis(fake_bundle, tmp_path / "out")
    assert setup.read_bytes()[:2] == b"MZ"


@needs_wixl
def test_a_second_msi_with_a_higher_version_shares_the_upgrade_code(fake_bundle, tmp_path):
    if shutil.which("msiinfo") is None:
        pytest.skip("msiinfo (msitools) is not installed")
    msi = build.build_msi(fake_bundle, tmp_path / "out", tmp_path / "work", version="99.1.2")
    properties = dict(row[:2] for row in _msi_table(msi, "Property"))
    assert properties["ProductVersion"] == "99.1.2"
    assert properties["UpgradeCode"] == "{" + UPGRADE_CODE + "}"
    # MajorUpgrade: finds any older version of the same UpgradeCode to remove it.
    older = [row for row in _msi_table(msi, "Upgrade") if row[6] == "WIX_UPGRADE_DETECTED"]
    assert older and older[0][2] == "99.1.2" and older[0][1] == ""


def test_build_script_explains_a_missing_bundle(tmp_path, capsys):
    assert build.main(["msi", "--dist", str(tmp_path), "--work", str(tmp_path / "w")]) == 2
    assert "build the bundle first" in capsys.readouterr().err
