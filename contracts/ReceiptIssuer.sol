// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Receipt} from "./Receipt.sol";

/// @title ReceiptIssuer: test-only fixed-supply ERC-20 whose owner deploys Receipt contracts.
/// @notice No mint and no pause of its own: its supply is minted once in the
/// constructor. The owner's newReceipt() deploys a Receipt with
/// `new Receipt(msg.sender)`, so this contract's runtime code ends with
/// Receipt's creation code, whose dispatcher compares the calldata's selector
/// with mint(address,uint256) and pause(): data this contract copies, never
/// code it runs. Used by internal/chain and internal/verify tests: no
/// CONTRACT-MINT or CONTRACT-FREEZE for it, though it has an owner.
contract ReceiptIssuer is ERC20, Ownable {
    event ReceiptCreated(address indexed receipt, address indexed owner);

    constructor(address initialOwner) ERC20("Receipt Issuer", "RISS") Ownable(initialOwner) {
        _mint(initialOwner, 1000);
    }

    /// @notice Deploys a Receipt owned by the caller; the owner only.
    function newReceipt() external onlyOwner returns (Receipt receipt) {
        receipt = new Receipt(msg.sender);
        emit ReceiptCreated(address(receipt), msg.sender);
    }
}
