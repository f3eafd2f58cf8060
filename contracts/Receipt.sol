// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Pausable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Pausable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Receipt: test-only ERC-20 whose owner may mint and pause.
/// @notice ReceiptIssuer deploys one with `new Receipt(owner)`, so the
/// issuer's runtime code carries Receipt's creation code (and its dispatcher
/// of mint(address,uint256) and pause()) as data. Used by internal/chain and
/// internal/verify tests: Receipt itself gets CONTRACT-MINT and
/// CONTRACT-FREEZE, the issuer does not.
contract Receipt is ERC20Pausable, Ownable {
    constructor(address initialOwner) ERC20("Receipt", "RCT") Ownable(initialOwner) {}

    /// @notice Mints amount new receipts to `to`; the owner only.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Stops transfers; the owner only.
    function pause() external onlyOwner {
        _pause();
    }
}
