// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Pausable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Pausable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title VesselShares: fractional shares of one vessel as an ERC-20 token.
/// @notice The owner mints and can pause transfers; imo() names the vessel and
/// issuer() the company that issued the shares.
contract VesselShares is ERC20Pausable, Ownable {
    uint8 private immutable _decimals;
    address private immutable _issuer;
    string private _imo;

    constructor(
        string memory name_,
        string memory symbol_,
        uint8 decimals_,
        string memory imo_,
        address issuer_,
        address initialOwner
    ) ERC20(name_, symbol_) Ownable(initialOwner) {
        _decimals = decimals_;
        _imo = imo_;
        _issuer = issuer_;
    }

    /// @notice Decimals of the share amounts.
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice IMO number of the vessel the shares represent.
    function imo() external view returns (string memory) {
        return _imo;
    }

    /// @notice Address of the issuer of the shares.
    function issuer() external view returns (address) {
        return _issuer;
    }

    /// @notice Creates amount new shares for to.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Stops all transfers and mints.
    function pause() external onlyOwner {
        _pause();
    }

    /// @notice Resumes transfers and mints.
    function unpause() external onlyOwner {
        _unpause();
    }
}
