// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";

/// @title VesselDeeds: one ERC-721 token per vessel.
/// @notice Minters create a deed per vessel; tokenURI returns the vessel's
/// name, IMO and flag as a data: JSON document.
contract VesselDeeds is ERC721, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    struct Vessel {
        string name;
        string imo;
        string flag;
    }

    mapping(uint256 => Vessel) private _vessels;

    constructor(string memory name_, string memory symbol_, address admin) ERC721(name_, symbol_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @notice Creates the deed tokenId for a vessel and gives it to to.
    function mint(
        address to,
        uint256 tokenId,
        string calldata vesselName,
        string calldata imo,
        string calldata flag
    ) external onlyRole(MINTER_ROLE) {
        _vessels[tokenId] = Vessel(vesselName, imo, flag);
        _mint(to, tokenId);
    }

    /// @notice The vessel of a deed as data:application/json;base64 metadata.
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        _requireOwned(tokenId);
        Vessel storage v = _vessels[tokenId];
        bytes memory json = abi.encodePacked(
            '{"name":"', _escape(v.name),
            '","imo":"', _escape(v.imo),
            '","flag":"', _escape(v.flag),
            '","description":"Deed of the vessel ', _escape(v.name), " (IMO ", _escape(v.imo), ')"}'
        );
        return string.concat("data:application/json;base64,", Base64.encode(json));
    }

    /// @notice ERC-165: ERC-721, ERC-721 metadata, AccessControl and ERC-165.
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    /// @dev Escapes quotes, backslashes and control characters for a JSON string.
    function _escape(string memory s) private pure returns (string memory) {
        bytes memory b = bytes(s);
        bytes memory out = new bytes(b.length * 6);
        uint256 n;
        bytes16 hexDigits = "0123456789abcdef";
        for (uint256 i = 0; i < b.length; i++) {
            bytes1 c = b[i];
            if (c == '"' || c == "\\") {
                out[n++] = "\\";
                out[n++] = c;
            } else if (uint8(c) < 0x20) {
                out[n++] = "\\";
                out[n++] = "u";
                out[n++] = "0";
                out[n++] = "0";
                out[n++] = hexDigits[uint8(c) >> 4];
                out[n++] = hexDigits[uint8(c) & 0x0f];
            } else {
                out[n++] = c;
            }
        }
        assembly {
            mstore(out, n)
        }
        return string(out);
    }
}
