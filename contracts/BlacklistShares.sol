// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title BlacklistShares: test-only ERC-20 with Tether USDT's privileged functions.
/// @notice The owner issues new supply to itself (issue), blacklists holders
/// (addBlackList, removeBlackList) and destroys a blacklisted holder's whole
/// balance without its signature (destroyBlackFunds), as Tether's TetherToken
/// (0xdAC17F958D2ee523a2206206994597C13D831ec7) does. Used by internal/chain
/// and internal/verify tests of the capability catalogue and its code citations.
contract BlacklistShares is ERC20, Ownable {
    mapping(address => bool) public isBlackListed;

    event AddedBlackList(address indexed user);
    event RemovedBlackList(address indexed user);
    event DestroyedBlackFunds(address indexed user, uint256 balance);

    constructor(address initialOwner) ERC20("Blacklist Shares", "BLS") Ownable(initialOwner) {}

    /// @notice Creates amount new shares for the owner.
    function issue(uint256 amount) external onlyOwner {
        _mint(owner(), amount);
    }

    /// @notice Stops user from sending shares.
    function addBlackList(address user) external onlyOwner {
        isBlackListed[user] = true;
        emit AddedBlackList(user);
    }

    /// @notice Lets user send shares again.
    function removeBlackList(address user) external onlyOwner {
        isBlackListed[user] = false;
        emit RemovedBlackList(user);
    }

    /// @notice Burns every share of the blacklisted user.
    function destroyBlackFunds(address user) external onlyOwner {
        require(isBlackListed[user], "not blacklisted");
        uint256 funds = balanceOf(user);
        _burn(user, funds);
        emit DestroyedBlackFunds(user, funds);
    }

    function _update(address from, address to, uint256 value) internal override {
        require(from == address(0) || to == address(0) || !isBlackListed[from], "blacklisted");
        super._update(from, to, value);
    }
}
